import Foundation
import FolioCore
import FolioLanguage
import FolioReport
import FolioRunner

/// Runs one point of a sweep in this process: an ordinary `folio run` of the notebook with the
/// point's params and the sweep's shared cache, its report moved to `sweep/POINT.html`, its
/// records and status saved as the point's result. Local workers and Slurm tasks both come here,
/// so both executors give the same records.
public struct PointRunner {
    public var plan: SweepPlan
    public var vocabulary: Vocabulary
    /// The host values the shared cache can store (handed in like the vocabulary).
    public var archives: ArchiveRegistry
    /// The `folio` program, whose build joins the cache keys (as in `folio run`).
    public var buildFile: URL?
    public var quiet: Bool

    public init(plan: SweepPlan, vocabulary: Vocabulary, archives: ArchiveRegistry, buildFile: URL?, quiet: Bool = false) {
        self.plan = plan
        self.vocabulary = vocabulary
        self.archives = archives
        self.buildFile = buildFile
        self.quiet = quiet
    }

    /// Threads this point may train with: the Slurm task's CPUs, or the share the plan gave it.
    /// Folio's products split over two threads unless told to stay on one.
    public static func limitThreads(plan: SweepPlan) {
        let environment = ProcessInfo.processInfo.environment
        let threads = environment["SLURM_CPUS_PER_TASK"].flatMap(Int.init) ?? plan.threadsPerPoint
        if threads <= 1, environment["FOLIO_BLAS_THREADS"] == nil { setenv("FOLIO_BLAS_THREADS", "1", 1) }
    }

    @discardableResult
    public func run(pointAt index: Int) throws -> PointResult {
        guard plan.points.indices.contains(index) else {
            throw SweepError("the sweep has no point \(index) (it has \(plan.points.count), numbered from 0)")
        }
        let point = plan.points[index]
        let layout = plan.layout
        let started = Date()
        // The run writes its report into a folder of its own, then it is renamed into place: two
        // tasks of the same point (a resumed one and a straggler) never write one file together.
        let scratch = layout.reports.appendingPathComponent(".run-\(point.index)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: scratch) }
        var options = RunOptions(outputDirectory: scratch, rootDirectory: URL(fileURLWithPath: plan.root),
                                 paramOverrides: point.settings.map { ($0.name, $0.value) }, formats: [.html], quiet: quiet)
        if let cache = plan.cacheDirectory { options.cacheDirectory = URL(fileURLWithPath: cache) } else { options.cacheMode = .off }
        options.buildFile = buildFile

        var result = PointResult(point: point, status: .ok, records: [], seconds: 0, report: nil, error: nil,
                                 host: ProcessInfo.processInfo.hostName, finished: started, cells: 0, cachedCells: 0)
        do {
            let run = try NotebookRunner(vocabulary: vocabulary, archives: archives, options: options).run(notebookAt: plan.notebook)
            result.records = Self.records(of: run.document)
            result.cells = run.cellCount
            result.cachedCells = run.cachedCells
            if run.failedCells > 0 {
                result.status = .failed
                result.error = Self.firstError(of: run.document) ?? "\(run.failedCells) cell(s) failed"
            }
            if let html = run.writtenFiles.first(where: { $0.pathExtension == "html" }) {
                let target = layout.report(of: point)
                try FileManager.default.createDirectory(at: layout.reports, withIntermediateDirectories: true)
                if rename(html.path, target.path) != 0 {
                    throw SweepError("cannot move the report to \(target.path): \(String(cString: strerror(errno)))")
                }
                result.report = "sweep/" + target.lastPathComponent
            }
        } catch let diagnostic as Diagnostic {
            result.status = .failed
            result.error = diagnostic.rendered()
        } catch let list as DiagnosticList {
            result.status = .failed
            result.error = list.description
        }
        result.seconds = Date().timeIntervalSince(started)
        result.finished = Date()
        try result.save(in: layout)
        return result
    }

    /// Every `record(...)` of the run, in the order the cells made them (cached cells included).
    public static func records(of document: ReportDocument) -> [Record] {
        document.cells.flatMap { cell in
            cell.outputs.compactMap { if case .record(let record) = $0 { return record } else { return nil } }
        }
    }

    static func firstError(of document: ReportDocument) -> String? {
        for cell in document.cells where cell.status == .failed {
            for case .error(let diagnostic) in cell.outputs where diagnostic.severity == .error {
                return "cell \(cell.displayName): " + diagnostic.rendered()
            }
        }
        return nil
    }
}
