import Foundation
import FolioCore
import FolioLanguage
import FolioLibrary
import FolioMarkdown
import FolioReport

/// Runs a notebook's cells top to bottom in one session and writes its report.
///
/// A failing cell never stops the report: it is shown where it failed, the cells that need names
/// it should have bound are marked skipped, the rest still run, and the report is written.
public final class NotebookRunner {
    private let vocabulary: Vocabulary
    private let options: RunOptions
    private let reporter: ProgressReporter

    public init(vocabulary: Vocabulary, options: RunOptions) {
        self.vocabulary = vocabulary
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
        var emitted: [Output] = []
        let context = RunContext(rootDirectory: options.rootDirectory,
                                 emit: { emitted.append($0) },
                                 progress: { [reporter] in reporter.update($0) })
        let session = Session(vocabulary: vocabulary, context: context)
        for (name, value) in params { session.defineParam(name, value) }

        var blocks: [ReportBlock] = []
        let snapshot = RunSnapshot()
        InterruptionGuard.shared.arm { [options] signalName in
            let document = Self.interruptedDocument(notebook: notebook, finished: snapshot.blocks, signalName: signalName,
                                                    params: params, started: started, path: path)
            _ = try? ReportFiles.write(document, notebookPath: path, options: options, highlight: CodeHighlighter.html)
        }
        defer { InterruptionGuard.shared.disarm() }
        var cacheOptions = options
        cacheOptions.cacheMode = cacheMode
        let cache = RunCache(options: cacheOptions, params: params)
        var unavailable: [String: Int] = [:]   // name -> file line of the cell that should have bound it
        var failed = 0, skipped = 0, cached = 0
        var filesRead: [URL] = []
        var pathsProbed: [URL] = []   // asked about with fileExists: watched by preview, not listed as data
        var stopped = false
        let cells = notebook.cells
        var cellNumber = 0

        for block in notebook.blocks {
            switch block {
            case .prose(let prose):
                blocks.append(.prose(markdown: prose.markdown))
                snapshot.append(.prose(markdown: prose.markdown))
            case .cell(let cell):
                cellNumber += 1
                var report = CellReport(index: cell.index, label: cell.options.label, code: cell.code,
                                        echo: cell.options.echo, showOutput: cell.options.output,
                                        outputs: [], status: .notEvaluated, duration: nil, firstLine: cell.firstLine,
                                        source: cell.source, info: cell.info)
                defer {
                    blocks.append(.cell(report))
                    snapshot.append(.cell(report))
                }
                guard !stopped, cell.options.eval else { continue }
                if let until = options.untilLabel, cell.options.label == until { stopped = true }

                reporter.cellStarted(index: cellNumber, of: cells.count, label: cell.options.label, line: cell.firstLine)
                let parsed = session.parse(cell.source, file: path, firstLine: cell.firstLine, column: cell.column)
                let missing = parsed.usedNames.filter { unavailable[$0] != nil }.sorted()
                if let first = missing.first, let line = unavailable[first] {
                    let names = missing.map { "'\($0)'" }.joined(separator: ", ")
                    report.status = .skipped(reason: "needs \(names) from the cell at line \(line), which did not run")
                    skipped += 1
                    for name in parsed.boundNames { unavailable[name] = unavailable[name] ?? line }
                    session.markUnavailable(parsed.boundNames)
                    cache.skipped(parsed: parsed)
                    reporter.cellFinished(status: "skipped", seconds: 0)
                    continue
                }

                let baseKey = cache.baseKey(for: cell, parsed: parsed)
                if let entry = cache.reuse(cell, parsed: parsed, baseKey: baseKey, cellName: report.displayName) {
                    report.outputs = entry.outputs
                    report.status = .ok
                    report.duration = entry.duration
                    report.fromCache = true
                    cached += 1
                    for stamp in entry.filesRead {
                        guard let url = cache.resolve(stamp) else { continue }
                        if stamp.digest.hasPrefix(CellCache.probePrefix) {
                            if !pathsProbed.contains(url) { pathsProbed.append(url) }
                        } else if !filesRead.contains(url) {
                            filesRead.append(url)
                        }
                    }
                    reporter.cellFinished(status: "cached", seconds: 0)
                    continue
                }
                try cache.restore(parsed.usedNames, into: session)

                let clock = Date()
                var errors = parsed.diagnostics.filter { $0.severity == .error }
                if errors.isEmpty { errors = session.check(parsed).filter { $0.severity == .error } }
                if errors.isEmpty {
                    context.resetFileRecords()
                    context.stepBudget = cell.options.steps ?? Self.defaultStepBudget
                    emitted = []
                    let run = session.run(parsed)
                    report.outputs = emitted + run.outputs
                    filesRead += context.filesRead.filter { !filesRead.contains($0) }
                    pathsProbed += context.pathsProbed.filter { !pathsProbed.contains($0) }
                    if let error = run.error {
                        report.outputs.append(.error(error))
                        errors = [error]
                    }
                } else {
                    report.outputs = errors.map(Output.error)
                }
                report.duration = Date().timeIntervalSince(clock)

                if errors.isEmpty {
                    report.status = .ok
                    cache.ran(cell, parsed: parsed, report: report, baseKey: baseKey, session: session)
                    reporter.cellFinished(status: "ok", seconds: report.duration ?? 0)
                } else {
                    cache.failed(parsed: parsed, session: session)
                    report.status = .failed
                    if !cell.options.error { failed += 1 }
                    for name in parsed.boundNames { unavailable[name] = cell.firstLine }
                    session.markUnavailable(parsed.boundNames)
                    reporter.cellFinished(status: "failed", seconds: report.duration ?? 0)
                    for error in errors { reporter.error(error.rendered()) }
                }
            }
        }

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
        return RunResult(document: document, writtenFiles: written, failedCells: failed,
                         skippedCells: skipped, cellCount: cells.count,
                         reportSeconds: Date().timeIntervalSince(writing), inputFiles: filesRead, probedPaths: pathsProbed,
                         cachedCells: cached)
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

    /// Loop steps a cell may take unless it raises the budget with `//| steps: N`.
    static let defaultStepBudget = 10_000_000

    static func defaultTitle(for path: String) -> String {
        URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }
}
