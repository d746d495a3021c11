import Foundation
import FolioCore
import FolioLanguage
import FolioReport

/// What a compiled program needs to write the report `folio run` writes (FolioKit's `Report`):
/// the same files, the same data-file facts, the same code highlighting and the same progress
/// lines, from this module's own implementations.
public enum ProgramReportWriter {
    /// Writes `NAME.html` / `NAME.md` (+ `NAME_files/`) / `NAME.ipynb` into `outputDirectory`,
    /// atomically, as `folio run` does.
    public static func write(_ document: ReportDocument, notebookPath: String, outputDirectory: URL,
                             rootDirectory: URL, formats: Set<RunOptions.Format>) throws -> [URL] {
        let options = RunOptions(outputDirectory: outputDirectory, rootDirectory: rootDirectory, formats: formats)
        return try ReportFiles.write(document, notebookPath: notebookPath, options: options, highlight: CodeHighlighter.html)
    }

    /// Sizes and SHA-256 digests of the data files a run read, paths relative to `root`.
    public static func dataFiles(_ files: [URL], root: URL) -> [DataFileFact] {
        DataFileFacts.describe(files, root: root, digests: FileDigests(memoryFile: nil))
    }
}

/// The progress lines `folio run` writes on standard error (`[3/9] train (line 42)`, one line per
/// epoch, a bar on a terminal), for a compiled program that runs a notebook's cells.
public final class ProgramProgress {
    private let reporter: ProgressReporter
    /// Progress lines; with `quiet`, errors only.
    public init(quiet: Bool = false) { reporter = ProgressReporter(quiet: quiet) }
    /// `[3/9] train (line 42)`.
    public func cellStarted(index: Int, of total: Int, label: String?, line: Int) {
        reporter.cellStarted(index: index, of: total, label: label, line: line)
    }
    /// `      failed in 0.12 s` (nothing for a cell that ran in under a second).
    public func cellFinished(status: String, seconds: Double) { reporter.cellFinished(status: status, seconds: seconds) }
    /// A call's progress (an epoch's line, or the bar on a terminal).
    public func update(_ progress: FolioLanguage.RunContext.Progress) { reporter.update(progress) }
    /// An error, printed even when quiet.
    public func error(_ text: String) { reporter.error(text) }
    /// Something worth knowing, not printed when quiet.
    public func note(_ text: String) { reporter.note(text) }
}
