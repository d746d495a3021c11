import ArgumentParser
import Foundation
import FolioRunner

/// What `folio run` and `folio preview` share: checking `-p key=value` arguments and turning the
/// folders, params and flags of a command line into run options.
enum CommandLineRunOptions {
    static func checkParams(_ params: [String]) throws {
        for p in params where !p.contains("=") {
            throw ValidationError("-p expects key=value, got '\(p)'")
        }
    }

    /// Options with folders resolved against the working directory, and this program's file as
    /// the build the cache keys include.
    static func make(output: String, root: String, params: [String], formats: Set<RunOptions.Format>,
                     until: String?, quiet: Bool, cacheMode: RunOptions.CacheMode) -> RunOptions {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let overrides = params.compactMap { p -> (key: String, value: String)? in
            guard let eq = p.firstIndex(of: "=") else { return nil }
            return (String(p[..<eq]), String(p[p.index(after: eq)...]))
        }
        var options = RunOptions(
            outputDirectory: URL(fileURLWithPath: output, relativeTo: cwd).standardizedFileURL,
            rootDirectory: URL(fileURLWithPath: root, relativeTo: cwd).standardizedFileURL,
            paramOverrides: overrides, formats: formats, untilLabel: until, quiet: quiet)
        options.cacheMode = cacheMode
        options.buildFile = Bundle.main.executableURL
        return options
    }
}
