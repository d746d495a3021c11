import Foundation
import FolioCore
import FolioLibrary
import FolioReport
import FolioRunner

/// What a program printed when Folio ran its cells as one notebook, the way `folio run` does.
struct FolioNotebookRun {
    /// Text lines the cells wrote, in order.
    var printedLines: [String]
    /// Why the run went wrong: a failed or skipped cell, or a notebook that could not run.
    var problems: [String]

    func matches(_ expected: [String]) -> Bool { problems.isEmpty && printedLines == expected }

    /// A readable account of how this run differs from what swiftc printed.
    func explanation(expected: [String]) -> String {
        var parts = problems
        if printedLines != expected {
            parts.append("printed (- swiftc, + Folio):\n" + LineDiff.render(expected: expected, actual: printedLines))
        }
        return parts.joined(separator: "\n")
    }

    /// Runs the program through `NotebookRunner` with the full vocabulary, no cache and no report
    /// files, in a scratch folder.
    ///
    /// Every text output counts as printed: the programs leave no value in a top-level statement
    /// (the record script rejects "unused" warnings), so Folio has no value of its own to show.
    static func run(_ program: DifferentialProgram, in scratch: URL) -> FolioNotebookRun {
        let notebook = scratch.appendingPathComponent(program.name + ".md")
        do {
            try program.notebookMarkdown.write(to: notebook, atomically: true, encoding: .utf8)
        } catch {
            return FolioNotebookRun(printedLines: [], problems: ["cannot write \(notebook.path): \(error)"])
        }
        var options = RunOptions(outputDirectory: scratch.appendingPathComponent("results"), rootDirectory: scratch,
                                 formats: [], quiet: true)
        options.cacheMode = .off
        let result: RunResult
        do {
            result = try NotebookRunner(vocabulary: FolioVocabulary.full, options: options).run(notebookAt: notebook.path)
        } catch {
            return FolioNotebookRun(printedLines: [], problems: ["the notebook did not run: \(error)"])
        }
        var lines: [String] = []
        var problems: [String] = []
        for case .cell(let cell) in result.document.blocks {
            for output in cell.outputs {
                switch output {
                case .text(let text):
                    lines += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                case .error(let diagnostic):
                    // The scratch folder's path says nothing; the notebook's name says which program.
                    let message = diagnostic.rendered().replacingOccurrences(of: scratch.path + "/", with: "")
                    problems.append("cell \(cell.index + 1): " + message)
                case .table, .chart, .images:
                    problems.append("cell \(cell.index + 1) showed a table, chart or images, which Swift has no print for")
                }
            }
            if case .skipped(let reason) = cell.status { problems.append("cell \(cell.index + 1) skipped: \(reason)") }
        }
        return FolioNotebookRun(printedLines: lines, problems: problems)
    }
}
