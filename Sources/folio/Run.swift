import ArgumentParser
import Foundation
import FolioCore
import FolioLibrary
import FolioRunner

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run notebooks and write their reports.",
        discussion: "Exit status: 0 when every cell ran, 1 when a cell failed (the report is still written), 2 when the notebook or the arguments are wrong.")

    @Argument(help: "Notebook files (.md), or folders whose notebooks run in file-name order.")
    var notebooks: [String]

    @OptionGroup var shared: RunArguments

    @Option(name: .long, help: "Report formats, comma-separated: html, md, ipynb.")
    var to: String = "html,md"

    @Flag(name: .long, help: "Run every cell and replace its cache entry.")
    var refresh = false

    @Flag(name: .long, help: "Say on stderr, for each cell, 'cached' or what made it run (also with --quiet).")
    var explain = false

    func validate() throws {
        if shared.noCache && refresh {
            throw ValidationError("--no-cache and --refresh contradict each other; use one")
        }
        for format in to.split(separator: ",") where RunOptions.Format(rawValue: String(format)) == nil {
            throw ValidationError("unknown format '\(format)' for --to; use html, md or ipynb")
        }
    }

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var options = shared.options(formats: Set(to.split(separator: ",").compactMap { RunOptions.Format(rawValue: String($0)) }),
                                  refresh: refresh)
        options.explain = explain
        let runner = NotebookRunner(vocabulary: FolioVocabulary.full, archives: FolioVocabulary.archives, options: options)

        var worst: Int32 = 0
        for path in try NotebookPaths.expand(notebooks) {
            do {
                let result = try runner.run(notebookAt: path)
                if !shared.quiet {
                    var summary = "\(result.cellCount) cells, \(result.failedCells) failed, \(result.skippedCells) skipped"
                    if result.cachedCells > 0 { summary += ", \(result.cachedCells) from cache" }
                    let files = result.writtenFiles.filter { ["html", "md", "ipynb"].contains($0.pathExtension) }
                        .map { $0.relativePath(from: cwd.path) }.joined(separator: ", ")
                    let timing = String(format: "report written in %.0f ms", result.reportSeconds * 1000)
                    FileHandle.standardError.write(Data("\(path): \(summary) -> \(files) (\(timing))\n".utf8))
                }
                worst = max(worst, result.exitCode)
            } catch let diagnostic as Diagnostic {
                FileHandle.standardError.write(Data((diagnostic.rendered() + "\n").utf8))
                worst = max(worst, ExitStatus.usage)
            } catch let list as DiagnosticList {
                FileHandle.standardError.write(Data((list.description + "\n").utf8))
                worst = max(worst, ExitStatus.usage)
            }
        }
        if worst != 0 { throw ExitCode(worst) }
    }
}
