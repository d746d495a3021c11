import Foundation

/// Runs a sweep's points somewhere: on this machine's cores (`LocalExecutor`) or as the tasks of
/// a Slurm job array (`SlurmExecutor`). Either way each point runs as `folio sweep --worker PLAN
/// --point N` (a `PointRunner`), which saves the point's result when it ends.
public protocol SweepExecutor {
    /// Runs or submits `points`; returns when they have ended (or, for a cluster that is not
    /// waited for, once they are queued).
    func run(_ plan: inout SweepPlan, points: [SweepPoint]) throws

    /// What the executor knows of points that have not finished: Slurm's "PENDING" or
    /// "RUNNING on node3", by point index. Empty when it knows nothing.
    func activity(of plan: SweepPlan) -> [Int: String]
}

/// The command line of one point's worker.
enum WorkerCommand {
    static func arguments(plan: SweepPlan, point: String) -> [String] {
        ["sweep", "--worker", plan.layout.plan.path, "--point", point]
    }
}
