import Foundation

/// Starting, resuming and looking at a sweep: the plan is saved, the executor runs the points,
/// the summary (sweep.json, sweep.csv, sweep.html) is written — after every point a local sweep
/// finishes, so an interrupted sweep keeps a summary of what it finished.
public struct SweepSession {
    public var say: (String) -> Void

    public init(say: @escaping (String) -> Void) {
        self.say = say
    }

    /// Runs every point of a new sweep (results of an earlier sweep in the same folder are
    /// dropped; the cache keeps what they computed).
    public func start(_ plan: SweepPlan, executor: SweepExecutor) throws -> SweepTable {
        let layout = plan.layout
        try? FileManager.default.removeItem(at: layout.results)
        for stale in (try? FileManager.default.contentsOfDirectory(atPath: layout.reports.path)) ?? [] where stale.hasPrefix(".run-") {
            try? FileManager.default.removeItem(at: layout.reports.appendingPathComponent(stale))
        }
        try FileManager.default.createDirectory(at: layout.results, withIntermediateDirectories: true)
        var plan = plan
        try plan.save()
        return try run(&plan, points: plan.points, executor: executor)
    }

    /// Runs the points that have no result and that the executor does not know to be queued or
    /// running (a cancelled task, a dead node, an interrupted local sweep).
    public func resume(_ plan: SweepPlan, executor: SweepExecutor) throws -> SweepTable {
        var plan = plan
        let queued = executor.activity(of: plan)
        let table = SweepTable(plan: plan, activity: queued)
        let missing = table.unfinished.filter { queued[$0.point.index] == nil }.map(\.point)
        if !queued.isEmpty { say("\(queued.count) point(s) still queued or running; leaving them be") }
        guard !missing.isEmpty else {
            say("nothing to resume: every point has finished or is queued")
            try table.write()
            return table
        }
        say("resuming \(missing.count) of \(plan.points.count) points: " + missing.map(\.name).joined(separator: " "))
        try plan.save()
        return try run(&plan, points: missing, executor: executor)
    }

    private func run(_ plan: inout SweepPlan, points: [SweepPoint], executor: SweepExecutor) throws -> SweepTable {
        try executor.run(&plan, points: points)
        let table = SweepTable(plan: plan, activity: executor.activity(of: plan))
        try table.write()
        return table
    }

    /// The line a finished point prints: "lr=0.01: ok in 2.1 s (3 of 5 cells cached) — accuracy 0.97".
    public static func line(for point: SweepPoint, result: PointResult?, reason: String) -> String {
        guard let result else { return "\(point.name): not finished (\(reason)); --resume runs it again" }
        var line = "\(point.name): \(result.status.rawValue) in \(String(format: "%.1f", result.seconds)) s"
        if result.cachedCells > 0 { line += " (\(result.cachedCells) of \(result.cells) cells from the cache)" }
        if !result.records.isEmpty { line += " — " + result.records.map { "\($0.name) \($0.value.text)" }.joined(separator: ", ") }
        if let error = result.error { line += "\n  " + (error.split(separator: "\n").first.map(String.init) ?? error) }
        return line
    }
}
