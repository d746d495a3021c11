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
        let cache = options.cacheMode == .off ? nil
            : CellCache(directory: options.cacheDirectory ?? CachePruner.defaultDirectory(root: options.rootDirectory),
                        root: options.rootDirectory)
        var keys = CacheKeys(params: params)
        var unavailable: [String: Int] = [:]   // name -> file line of the cell that should have bound it
        var failed = 0, skipped = 0, cached = 0
        var filesRead: [URL] = []
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
                    keys.forget(parsed.boundNames)
                    reporter.cellFinished(status: "skipped", seconds: 0)
                    continue
                }

                let baseKey = keys.baseKey(for: cell, parsed: parsed, version: options.cacheVersion)
                let cacheable = cell.options.cache && !parsed.hasErrors
                if cacheable, options.cacheMode == .use, let cache,
                   let entry = cache.lookup(baseKey, cellName: report.displayName),
                   restore(entry, into: session, cache: cache, cellName: report.displayName) {
                    report.outputs = entry.outputs
                    report.status = .ok
                    report.duration = entry.duration
                    report.fromCache = true
                    cached += 1
                    keys.record(entry.touched, key: entry.effectiveKey)
                    let urls = entry.filesRead.map { cache.resolve($0.path).standardizedFileURL }
                    filesRead += urls.filter { !filesRead.contains($0) }
                    cache.markUsed(baseKey)
                    reporter.cellFinished(status: "cached", seconds: 0)
                    continue
                }

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
                    if let error = run.error {
                        report.outputs.append(.error(error))
                        errors = [error]
                    }
                } else {
                    report.outputs = errors.map(Output.error)
                }
                report.duration = Date().timeIntervalSince(clock)

                let touched = CacheKeys.touchedNames(parsed, session: session, params: keys.paramNames)
                if errors.isEmpty {
                    report.status = .ok
                    let effectiveKey = remember(cell: cell, report: report, baseKey: baseKey, touched: touched,
                                                cacheable: cacheable, session: session, cache: cache)
                    keys.record(touched, key: effectiveKey)
                    reporter.cellFinished(status: "ok", seconds: report.duration ?? 0)
                } else {
                    // What a failed cell touched may be half-changed (a fit that diverged): nothing
                    // downstream may reuse a result computed from it.
                    keys.record(touched, key: CacheKeys.unique())
                    keys.forget(parsed.boundNames)
                    report.status = .failed
                    if !cell.options.error { failed += 1 }
                    for name in parsed.boundNames { unavailable[name] = cell.firstLine }
                    session.markUnavailable(parsed.boundNames)
                    reporter.cellFinished(status: "failed", seconds: report.duration ?? 0)
                    for error in errors { reporter.error(error.rendered()) }
                }
            }
        }

        for note in cache?.notes ?? [] { reporter.error("warning: " + note) }
        cache?.finish(notebookPath: path)
        let facts = RunFacts(date: started, duration: Date().timeIntervalSince(started),
                             folioVersion: FolioVersion.current,
                             dataFiles: DataFileFacts.describe(filesRead, root: options.rootDirectory,
                                                               digests: cache?.digests ?? FileDigests(memoryFile: nil)))
        let document = ReportDocument(title: notebook.frontMatter.title ?? Self.defaultTitle(for: path),
                                      author: notebook.frontMatter.author,
                                      params: params.map { ($0.name, $0.value.description) },
                                      facts: facts, blocks: blocks, sourcePath: path,
                                      linkDefinitions: notebook.linkDefinitions)
        let writing = Date()
        let written = try ReportFiles.write(document, notebookPath: path, options: options, highlight: CodeHighlighter.html)
        return RunResult(document: document, writtenFiles: written, failedCells: failed,
                         skippedCells: skipped, cellCount: cells.count,
                         reportSeconds: Date().timeIntervalSince(writing), inputFiles: filesRead,
                         cachedCells: cached)
    }

    /// Defines the values a cached cell left; false (and the entry is dropped) when they do not
    /// decode, so the cell runs instead.
    private func restore(_ entry: CacheEntry, into session: Session, cache: CellCache, cellName: String) -> Bool {
        do {
            for binding in try ValueArchive.decode(entry.values) {
                session.define(binding.name, binding.value, mutable: binding.mutable)
            }
            return true
        } catch {
            cache.discard(entry.baseKey, cellName: cellName, reason: "\(error)")
            return false
        }
    }

    /// Stores a cell that ran well (when it may be cached) and returns the key later cells see.
    private func remember(cell: Cell, report: CellReport, baseKey: String, touched: [String], cacheable: Bool,
                          session: Session, cache: CellCache?) -> String {
        guard cacheable, let cache else { return cell.options.cache ? baseKey : CacheKeys.unique() }
        let context = session.context
        let read = context.filesRead.map { cache.stamp($0) }
        let written = context.filesWritten.map { cache.stamp($0) }
        let readStamps = read.compactMap { $0 }
        let effectiveKey = CellKey.effective(base: baseKey, filesRead: readStamps)
        // A file that vanished at once cannot be checked next time; such a cell is not stored.
        guard readStamps.count == read.count, !written.contains(where: { $0 == nil }) else { return effectiveKey }
        let bindings = touched.compactMap { name in
            session.value(of: name).map { ValueArchive.Binding(name: name, value: $0, mutable: session.isMutable(name) ?? false) }
        }
        do {
            let values = try ValueArchive.encode(bindings)
            cache.store(CacheEntry(baseKey: baseKey, effectiveKey: effectiveKey, duration: report.duration ?? 0,
                                   outputs: report.outputs, filesRead: readStamps, filesWritten: written.compactMap { $0 },
                                   touched: touched, values: values), cellName: report.displayName)
        } catch {
            // Values the archive does not know (none today) only mean this cell always runs.
        }
        return effectiveKey
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
