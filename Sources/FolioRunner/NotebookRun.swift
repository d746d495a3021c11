import Foundation
import FolioCore
import FolioLanguage
import FolioMarkdown
import FolioReport

/// One run of one notebook: its session, cell graph and cache, and for each cell the decision
/// to skip it (something it needs did not run), reuse its cached result, or run it.
final class NotebookRun {
    let path: String
    let session: Session
    let graph: CellGraph
    let cache: RunCache
    private let context: RunContext
    private let reporter: ProgressReporter
    private let explains: Bool
    private(set) var failed = 0
    private(set) var skipped = 0
    private(set) var cached = 0
    /// Data and model files the cells read, in order (the report lists them, preview watches them).
    private(set) var filesRead: [URL] = []
    /// Paths only asked about with `fileExists`: watched by preview, not listed as data.
    private(set) var pathsProbed: [URL] = []

    init(path: String, vocabulary: Vocabulary, archive: ValueArchive, params: [(name: String, value: Value)], options: RunOptions,
         reporter: ProgressReporter) {
        self.path = path
        self.reporter = reporter
        explains = options.explain
        context = RunContext(rootDirectory: options.rootDirectory, progress: { [reporter] in reporter.update($0) })
        session = Session(vocabulary: vocabulary, context: context)
        for (name, value) in params { session.defineParam(name, value) }
        graph = CellGraph(params: params)
        cache = RunCache(options: options, notebookPath: path, graph: graph, archive: archive)
    }

    /// Skips, reuses or runs `cell`. Throws only a `RunCache.RestoreFailure` (the run starts over).
    func report(for cell: Cell) throws -> CellReport {
        var report = CellReport(cell, outputs: [], status: .notEvaluated)
        let parsed = session.parse(cell.source, file: path, firstLine: cell.firstLine, column: cell.column)
        if let missing = graph.missingInputs(of: parsed) {
            skip(parsed, missing: missing, into: &report)
            if case .skipped(let reason) = report.status { explain("skipped: " + reason, into: &report) }
            return report
        }
        let lookup = cache.lookup(for: cell, parsed: parsed)
        if let entry = cache.reuse(lookup, parsed: parsed, cellName: report.displayName) {
            explain("cached", into: &report)
            reuse(entry, into: &report)
            return report
        }
        explain("ran: " + cache.reasonToRun(lookup, parsed: parsed), into: &report)
        try cache.restore(parsed.usedNames, into: session)
        run(lookup, parsed, into: &report)
        return report
    }

    /// Why the cell was reused, run or skipped: in the report's tooltip, and on stderr with `--explain`.
    private func explain(_ reason: String, into report: inout CellReport) {
        report.runReason = reason
        if explains { reporter.explain("cell \(report.displayName): \(reason)") }
    }

    /// A cell that is not evaluated at all; only `--explain` mentions it.
    func notRun(_ cell: Cell, because reason: String) {
        if explains { reporter.explain("cell \(CellReport(cell, outputs: [], status: .notEvaluated).displayName): not run (\(reason))") }
    }

    private func skip(_ parsed: ParsedCell, missing: (names: [String], line: Int), into report: inout CellReport) {
        let names = missing.names.map { "'\($0)'" }.joined(separator: ", ")
        report.status = .skipped(reason: "needs \(names) from the cell at line \(missing.line), which did not run")
        skipped += 1
        graph.markUnavailable(parsed.boundNames, line: missing.line, keepingFirstCause: true)
        session.markUnavailable(parsed.boundNames)
        reporter.cellFinished(status: "skipped", seconds: 0)
    }

    private func reuse(_ entry: CacheEntry, into report: inout CellReport) {
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
    }

    private func run(_ lookup: RunCache.Lookup, _ parsed: ParsedCell, into report: inout CellReport) {
        let cell = lookup.cell
        let clock = Date()
        var errors = parsed.diagnostics.filter { $0.severity == .error }
        if errors.isEmpty { errors = session.check(parsed).filter { $0.severity == .error } }
        if errors.isEmpty {
            context.resetFileRecords()
            context.stepBudget = cell.options.steps ?? Self.defaultStepBudget
            let run = session.run(parsed)
            report.outputs = run.outputs
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
            cache.ran(lookup, parsed: parsed, report: report, session: session)
            reporter.cellFinished(status: "ok", seconds: report.duration ?? 0)
        } else {
            cache.failed(lookup, parsed: parsed, session: session, cellName: report.displayName)
            report.status = .failed
            if !cell.options.error { failed += 1 }
            graph.markUnavailable(parsed.boundNames, line: cell.firstLine, keepingFirstCause: false)
            session.markUnavailable(parsed.boundNames)
            reporter.cellFinished(status: "failed", seconds: report.duration ?? 0)
            for error in errors { reporter.error(error.rendered()) }
        }
    }

    /// Loop steps a cell may take unless it raises the budget with `//| steps: N`.
    static let defaultStepBudget = 10_000_000
}
