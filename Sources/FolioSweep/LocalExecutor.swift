import Foundation

/// Points run in parallel on this machine, `jobs` at a time, each in its own `folio` process
/// (its output in `.sweep/logs/N.log`). The points share the cache: a cell no swept param reaches
/// is computed by the first point that needs it while the others wait for its entry.
public struct LocalExecutor: SweepExecutor {
    public var jobs: Int
    /// The `folio` program that runs each point.
    public var program: URL
    /// Called (one at a time) as each point ends, with its result, or nil when its process died
    /// without one (the reason is the second value).
    public var finished: (SweepPoint, PointResult?, String) -> Void

    public init(jobs: Int, program: URL, finished: @escaping (SweepPoint, PointResult?, String) -> Void) {
        self.jobs = max(1, jobs)
        self.program = program
        self.finished = finished
    }

    /// One job per core by default.
    public static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    public func run(_ plan: inout SweepPlan, points: [SweepPoint]) throws {
        let layout = plan.layout
        try FileManager.default.createDirectory(at: layout.logs, withIntermediateDirectories: true)
        let slots = DispatchSemaphore(value: jobs)
        let all = DispatchGroup()
        let reporting = NSLock()
        let finished = self.finished
        for point in points {
            slots.wait()
            let process = Process()
            process.executableURL = program
            process.arguments = WorkerCommand.arguments(plan: plan, point: String(point.index))
            process.currentDirectoryURL = URL(fileURLWithPath: plan.root)
            let logURL = layout.log(of: point)
            FileManager.default.createFile(atPath: logURL.path, contents: nil)
            let log = try FileHandle(forWritingTo: logURL)
            process.standardOutput = log
            process.standardError = log
            process.standardInput = FileHandle.nullDevice
            process.terminationHandler = { ended in
                try? log.close()
                let result = PointResult.load(point, in: layout)
                let reason = ended.terminationReason == .uncaughtSignal
                    ? "its process was killed by signal \(ended.terminationStatus)"
                    : "its process exited with status \(ended.terminationStatus)"
                reporting.lock()
                finished(point, result, reason)
                reporting.unlock()
                slots.signal()
                all.leave()
            }
            all.enter()
            do { try process.run() } catch {
                all.leave()
                slots.signal()
                all.wait()
                throw SweepError("cannot start \(program.path): \(error)")
            }
        }
        all.wait()
    }

    public func activity(of plan: SweepPlan) -> [Int: String] { [:] }
}
