import Foundation
import FolioCore
import FolioMarkdown

/// Reads a notebook file, turning "no such file" and "not UTF-8" into diagnostics.
enum NotebookLoader {
    static func load(_ path: String) throws -> Notebook {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Diagnostic(.error, "no such notebook: \(path)", fix: suggestion(for: path))
        }
        if isDirectory.boolValue {
            throw Diagnostic(.error, "\(path) is a folder, not a notebook", fix: "name a .md file inside it")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic(.error, "cannot read \(path)", fix: "check the file's permissions")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Diagnostic(.error, "\(path) is not UTF-8 text", fix: "save the notebook as UTF-8")
        }
        return try NotebookParser.parse(text, path: path)
    }

    /// Nearby notebook names for a mistyped path.
    private static func suggestion(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { $0.hasSuffix(".md") } ?? []
        if let near = Suggestions.closest(to: url.lastPathComponent, in: names, limit: 1).first {
            return "did you mean '\(folder.appendingPathComponent(near).relativePath(from: FileManager.default.currentDirectoryPath))'?"
        }
        return names.isEmpty ? "check the path" : "notebooks there: " + names.sorted().joined(separator: ", ")
    }
}
