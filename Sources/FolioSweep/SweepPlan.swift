import Foundation
import FolioCore

/// Everything a point's run needs, written once when a sweep starts (`.sweep/plan.json`), so a
/// worker on any node — a local process or a Slurm task — runs exactly its point, and `--status`
/// and `--resume` know the sweep later.
public struct SweepPlan: Codable {
    /// Absolute paths, so a worker started in any folder finds them.
    public var notebook: String
    public var root: String
    /// `results/NAME`: the summary, the points' reports and the sweep's state.
    public var folder: String
    public var cacheDirectory: String?
    public var points: [SweepPoint]
    /// The record that decides the best point, and whether lower is better.
    public var best: String?
    public var lowerIsBetter = false
    public var executor: String
    /// Threads each point's training may use (cores / jobs on this machine).
    public var threadsPerPoint: Int
    public var slurm: SlurmSettings?
    /// Slurm jobs submitted for this sweep, in order (a `--resume` adds one).
    public var slurmJobs: [String] = []

    public init(notebook: String, root: String, folder: String, cacheDirectory: String?, points: [SweepPoint],
                best: String?, lowerIsBetter: Bool, executor: String, threadsPerPoint: Int, slurm: SlurmSettings?) {
        self.notebook = notebook
        self.root = root
        self.folder = folder
        self.cacheDirectory = cacheDirectory
        self.points = points
        self.best = best
        self.lowerIsBetter = lowerIsBetter
        self.executor = executor
        self.threadsPerPoint = threadsPerPoint
        self.slurm = slurm
    }

    public var layout: SweepLayout { SweepLayout(folder: URL(fileURLWithPath: folder)) }

    /// The names of the params the sweep varies, in the order of the first point.
    public var sweptParams: [String] {
        var names: [String] = []
        for point in points { for setting in point.settings where !names.contains(setting.name) { names.append(setting.name) } }
        return names
    }

    public func save() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try AtomicFile.write(try encoder.encode(self), to: layout.plan)
    }

    public static func load(from url: URL) throws -> SweepPlan {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw SweepError("no sweep at \(url.deletingLastPathComponent().deletingLastPathComponent().path) (\(url.path) is missing)",
                             fix: "start it with `folio sweep NOTEBOOK -p name=v1,v2`")
        }
        do { return try JSONDecoder().decode(SweepPlan.self, from: data) } catch {
            throw SweepError("\(url.path) is not a sweep plan this Folio can read (\(error))", fix: "start the sweep again")
        }
    }
}

/// Where a sweep keeps its files, under `results/NAME/`.
public struct SweepLayout {
    public var folder: URL

    public init(folder: URL) { self.folder = folder }

    public var summaryHTML: URL { folder.appendingPathComponent("sweep.html") }
    public var summaryJSON: URL { folder.appendingPathComponent("sweep.json") }
    public var summaryCSV: URL { folder.appendingPathComponent("sweep.csv") }
    /// The points' reports: `sweep/lr=0.01,width=64.html`.
    public var reports: URL { folder.appendingPathComponent("sweep") }
    public var state: URL { folder.appendingPathComponent(".sweep") }
    public var plan: URL { state.appendingPathComponent("plan.json") }
    public var results: URL { state.appendingPathComponent("points") }
    public var logs: URL { state.appendingPathComponent("logs") }

    public func report(of point: SweepPoint) -> URL { reports.appendingPathComponent(point.fileName + ".html") }
    /// Written by the point's worker when it ends, atomically: a point is finished when this exists.
    public func result(of point: SweepPoint) -> URL { results.appendingPathComponent(point.fileName + ".json") }
    public func log(of point: SweepPoint) -> URL { logs.appendingPathComponent("\(point.index).log") }

    /// `results/quickstart/` for `notebooks/quickstart.md` under `--output results`.
    public static func folder(notebook: String, output: URL) -> URL {
        output.appendingPathComponent(URL(fileURLWithPath: notebook).deletingPathExtension().lastPathComponent)
    }
}

/// What `--executor slurm` passes to `sbatch`.
public struct SlurmSettings: Codable, Equatable {
    public var partition: String?
    public var time: String?
    public var memory: String?
    public var cpusPerTask: Int?
    /// The job script's template (a file the user wrote), or nil for Folio's own.
    public var template: String?

    public init(partition: String? = nil, time: String? = nil, memory: String? = nil, cpusPerTask: Int? = nil, template: String? = nil) {
        self.partition = partition
        self.time = time
        self.memory = memory
        self.cpusPerTask = cpusPerTask
        self.template = template
    }
}
