import ArgumentParser
import Foundation

/// Expands folder arguments into their notebooks, in file-name order.
enum NotebookPaths {
    static func expand(_ arguments: [String]) throws -> [String] {
        var paths: [String] = []
        for argument in arguments {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: argument)) ?? []
                let notebooks = names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") && $0.lowercased() != "readme.md" }.sorted()
                if notebooks.isEmpty { throw ValidationError("no notebooks (.md files) in the folder \(argument)") }
                let base = argument.hasSuffix("/") ? String(argument.dropLast()) : argument
                paths += notebooks.map { base + "/" + $0 }
            } else {
                paths.append(argument)
            }
        }
        return paths
    }
}
