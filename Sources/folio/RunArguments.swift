import ArgumentParser
import Foundation
import FolioRunner

/// The options `folio run` and `folio preview` share (an `@OptionGroup` in each), and how they
/// become run options.
struct RunArguments: ParsableArguments {
    @Option(name: [.short, .long], help: "Folder for the reports (the only folder `folio preview` serves).")
    var output: String = "results"

    @Option(name: .long, help: "Folder that relative paths in the notebook resolve against.")
    var root: String = "."

    @Option(name: .customShort("p"), parsing: .singleValue, help: ArgumentHelp("Override a front-matter param (repeatable).", valueName: "key=value"))
    var params: [String] = []

    @Option(name: .long, help: "Stop after the cell with this label (the cells after it are not run or shown).")
    var until: String?

    @Flag(name: [.short, .long], help: "Print nothing but errors (and, for preview, the address).")
    var quiet = false

    @Flag(name: .long, help: "Run every cell; neither read nor write the cache (.folio-cache/).")
    var noCache = false

    func validate() throws {
        for p in params where !p.contains("=") {
            throw ValidationError("-p expects key=value, got '\(p)'")
        }
    }

    /// Options with folders resolved against the working directory, and this program's file as
    /// the build the cache keys include.
    func options(formats: Set<RunOptions.Format>, refresh: Bool = false) -> RunOptions {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let overrides = params.compactMap { p -> (key: String, value: String)? in
            guard let eq = p.firstIndex(of: "=") else { return nil }
            return (String(p[..<eq]), String(p[p.index(after: eq)...]))
        }
        var options = RunOptions(
            outputDirectory: URL(fileURLWithPath: output, relativeTo: cwd).standardizedFileURL,
            rootDirectory: URL(fileURLWithPath: root, relativeTo: cwd).standardizedFileURL,
            paramOverrides: overrides, formats: formats, untilLabel: until, quiet: quiet)
        options.cacheMode = noCache ? .off : refresh ? .refresh : .use
        options.buildFile = Bundle.main.executableURL
        return options
    }
}
