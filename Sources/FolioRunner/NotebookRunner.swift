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
        var blocks: [ReportBlock] = []
        let snapshot = RunSnapshot()
        InterruptionGuard.shared.arm { [options] signalName in
            let document = Self.interruptedDocument(notebook: notebook, finished: snapshot.blocks, signalName: signalName,
                                                    params: params, started: started, path: path)
            _ = try? ReportFiles.write(document, notebookPath: path, options: options, highlight: CodeHighlighter.html)
        }
        defer { InterruptionGuard.shared.disarm() }
        var runOptions = options
        runOptions.cacheMode = cacheMode
        let run = NotebookRun(path: path, vocabulary: vocabulary, archive: archive, params: params, options: runOptions, reporter: reporter)
        var stopped = false
        var cellNumber = 0
        for block in notebook.blocks {
            let finished: ReportBlock
            switch block {
            case .prose(let prose):
                finished = .prose(markdown: prose.markdown)
            case .cell(let cell):
                cellNumber += 1
                if stopped || !cell.options.eval {
                    finished = .cell(CellReport(index: cell.index, label: cell.options.label, code: cell.code,
                                                echo: cell.options.echo, showOutput: cell.options.output, outputs: [],
                                                status: .notEvaluated, duration: nil, firstLine: cell.firstLine,
                                                source: cell.source, info: cell.info))
                } else {
                    stopped = options.untilLabel != nil && cell.options.label == options.untilLabel
                    reporter.cellStarted(index: cellNumber, of: notebook.cells.count, label: cell.options.label, line: cell.firstLine)
                    finished = .cell(try run.report(for: cell))
                }
            }
            blocks.append(finished)
            snapshot.append(finished)
        }
        let cache = run.cache
        let filesRead = run.filesRead

        for note in cache.notes { reporter.error("warning: " + note) }
        if let trimmed = cache.finish(notebookPath: path) { reporter.note(trimmed) }
        let facts = RunFacts(date: started, duration: Date().timeIntervalSince(started),
                             folioVersion: FolioVersion.current,
                             dataFiles: DataFileFacts.describe(filesRead, root: options.rootDirectory,
                                                               digests: cache.digests))
        let document = ReportDocument(title: notebook.frontMatter.title ?? Self.defaultTitle(for: path),
                                      author: notebook.frontMatter.author,
                                      params: params.map { ($0.name, $0.value.description) },
                                      facts: facts, blocks: blocks, sourcePath: path,
                                      linkDefinitions: notebook.linkDefinitions)
        let writing = Date()
        let written = try ReportFiles.write(document, notebookPath: path, options: options, highlight: CodeHighlighter.html)
        return RunResult(document: document, writtenFiles: written, failedCells: run.failed,
                         skippedCells: run.skipped, cellCount: notebook.cells.count,
                         reportSeconds: Date().timeIntervalSince(writing), inputFiles: filesRead, probedPaths: run.pathsProbed,
                         cachedCells: run.cached)
    }

    /// The report of an interrupted run: the finished blocks, the cell that was running marked as
    /// interrupted, and the rest as not run.
    static func interruptedDocument(notebook: Notebook, finished: [ReportBlock], signalName: String,
                                    params: [(name: String, value: Value)], started: Date, path: String) -> ReportDocument {
        var blocks = finished
        var first = true
        for block in notebook.blocks.dropFirst(finished.count) {
            switch block {
            case .prose(let prose):
                blocks.append(.prose(markdown: prose.markdown))
            case .cell(let cell):
                let status: CellStatus = first ? .skipped(reason: "the run was interrupted (\(signalName)) while this cell was running") : .notEvaluated
                first = false
                blocks.append(.cell(CellReport(index: cell.index, label: cell.options.label, code: cell.code, echo: cell.options.echo,
                                               showOutput: cell.options.output, outputs: [], status: status, duration: nil,
                                               firstLine: cell.firstLine, source: cell.source, info: cell.info)))
            }
        }
        let facts = RunFacts(date: started, duration: Date().timeIntervalSince(started), folioVersion: FolioVersion.current, dataFiles: [])
        return ReportDocument(title: (notebook.frontMatter.title ?? defaultTitle(for: path)) + " (interrupted)",
                              author: notebook.frontMatter.author, params: params.map { ($0.name, $0.value.description) },
                              facts: facts, blocks: blocks, sourcePath: path)
    }

    static func defaultTitle(for path: String) -> String {
        URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }
}
