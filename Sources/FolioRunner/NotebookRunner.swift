import Foundation
import FolioCore
import FolioLanguage
import FolioMarkdown
import FolioReport

/// Runs a notebook's cells top to bottom in one session and writes its report.
///
/// A failing cell never stops the report: it is shown where it failed, the cells that need names
/// it should have bound are marked skipped, the rest still run, and the report is written.
public final class NotebookRunner {
    private let vocabulary: Vocabulary
    private let archive: ValueArchive
    private let options: RunOptions
    private let reporter: ProgressReporter

    /// `vocabulary` is the language the cells are written in; `archives` are the host values
    /// (data sets, models, …) the cell cache may store. The program passes both (FolioLibrary's).
    public init(vocabulary: Vocabulary, archives: ArchiveRegistry, options: RunOptions) {
        self.vocabulary = vocabulary
        self.archive = ValueArchive(registry: archives)
        self.options = options
        self.reporter = ProgressReporter(quiet: options.quiet)
    }

    /// Runs the notebook at `path` and writes its report. Throws a `Diagnostic` only for problems
    /// found before any cell runs (unreadable file, bad front matter, bad params).
    public func run(notebookAt path: String) throws -> RunResult {
        var attempts = 0
        while true {
            do {
                return try runOnce(notebookAt: path, cacheMode: attempts < 3 ? options.cacheMode : .off)
            } catch let failure as RunCache.RestoreFailure {
                // The broken entry is deleted; running again recomputes that cell.
                attempts += 1
                reporter.error("warning: \(failure); running the notebook again")
            }
        }
    }

    private func runOnce(notebookAt path: String, cacheMode: RunOptions.CacheMode) throws -> RunResult {
        let started = Date()
        let notebook = try NotebookLoader.load(path)
        let params = try ParamResolver.resolve(notebook.frontMatter.params, overrides: options.paramOverrides,
                                               notebookPath: path)
        if let until = options.untilLabel, !notebook.cells.contains(where: { $0.options.label == until }) {
            let labels = notebook.cells.compactMap { $0.options.label }
            throw Diagnostic(.error, "no cell is labelled '\(until)' in \(path)",
                             fix: labels.isEmpty ? "label a cell with a line '//| label: NAME' at its top"
                                 : "labels in this notebook: " + labels.joined(separator: ", "))
        }

        for warning in notebook.warnings { reporter.error(warning.rendered()) }
        try ReportFiles.prepareFolder(options.outputDirectory)
        let snapshot = RunSnapshot()
        InterruptionGuard.shared.arm { [options] signalName in
            let document = Self.interruptedDocument(notebook: notebook, finished: snapshot.cells, signalName: signalName,
                                                    params: params, started: started)
            _ = try? ReportFiles.write(document, notebookPath: path, options: options, highlight: CodeHighlighter.html)
        }
        defer { InterruptionGuard.shared.disarm() }
        var runOptions = options
        runOptions.cacheMode = cacheMode
        let run = NotebookRun(path: path, vocabulary: vocabulary, archive: archive, params: params, options: runOptions, reporter: reporter)
        // Cells after `--until` and `eval: false` ones get no report: the document shows them as not run.
        var stoppedAfter: String?
        for (number, cell) in notebook.cells.enumerated() {
            if let stoppedAfter { run.notRun(cell, because: "after --until \(stoppedAfter)"); continue }
            guard cell.options.eval else { run.notRun(cell, because: "eval: false"); continue }
            reporter.cellStarted(index: number + 1, of: notebook.cells.count, label: cell.label, line: cell.firstLine)
            snapshot.append(try run.report(for: cell))
            if let until = options.untilLabel, cell.label == until { stoppedAfter = until }
        }
        let cache = run.cache
        let filesRead = run.filesRead

        for note in cache.notes { reporter.error("warning: " + note) }
        if let trimmed = cache.finish(notebookPath: path) { reporter.note(trimmed) }
        let facts = RunFacts(date: started, duration: Date().timeIntervalSince(started),
                             folioVersion: FolioVersion.current,
                             dataFiles: DataFileFacts.describe(filesRead, root: options.rootDirectory,
                                                               digests: cache.digests))
        let document = ReportDocument(notebook: notebook, cells: snapshot.cells, facts: facts,
                                      params: params.map { ($0.name, $0.value.description) })
        let writing = Date()
        let written = try ReportFiles.write(document, notebookPath: path, options: options, highlight: CodeHighlighter.html)
        return RunResult(document: document, writtenFiles: written, failedCells: run.failed,
                         skippedCells: run.skipped, cellCount: notebook.cells.count,
                         reportSeconds: Date().timeIntervalSince(writing), inputFiles: filesRead, probedPaths: run.pathsProbed,
                         cachedCells: run.cached)
    }

    /// The report of an interrupted run: the finished cells, the cell that was running marked as
    /// interrupted, and the rest as not run.
    static func interruptedDocument(notebook: Notebook, finished: [CellReport], signalName: String,
                                    params: [(name: String, value: Value)], started: Date) -> ReportDocument {
        var cells = finished
        let last = finished.last?.index ?? -1
        if let running = notebook.cells.first(where: { $0.index > last && $0.options.eval }) {
            cells.append(CellReport(running, outputs: [],
                                    status: .skipped(reason: "the run was interrupted (\(signalName)) while this cell was running")))
        }
        let facts = RunFacts(date: started, duration: Date().timeIntervalSince(started), folioVersion: FolioVersion.current)
        var document = ReportDocument(notebook: notebook, cells: cells, facts: facts,
                                      params: params.map { ($0.name, $0.value.description) })
        document.title += " (interrupted)"
        return document
    }
}
