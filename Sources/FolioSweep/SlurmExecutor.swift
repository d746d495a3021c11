import Foundation
import FolioCore

/// One Slurm job array for the points (`sbatch --array`), task N running point N, and a small job
/// that writes the summary once every task has ended (`--dependency=afterany`). Results, reports
/// and the cache are in the sweep's folder, which must be on a file system every node sees.
public struct SlurmExecutor: SweepExecutor {
    public var program: URL
    /// Block until the tasks and the summary job have ended (`--wait`).
    public var wait: Bool
    public var say: (String) -> Void

    public init(program: URL, wait: Bool, say: @escaping (String) -> Void) {
        self.program = program
        self.wait = wait
        self.say = say
    }

    public func run(_ plan: inout SweepPlan, points: [SweepPoint]) throws {
        let settings = plan.slurm ?? SlurmSettings()
        let layout = plan.layout
        try FileManager.default.createDirectory(at: layout.logs, withIntermediateDirectories: true)
        let template: String
        if let path = settings.template {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw SweepError("cannot read the job script template \(path)")
            }
            template = text
        } else {
            template = SlurmJobScript.defaultTemplate
        }
        let script = layout.state.appendingPathComponent("job-\(plan.slurmJobs.count + 1).sh")
        try AtomicFile.write(try SlurmJobScript.render(template: template, plan: plan, program: program), to: script)

        let name = "folio-" + URL(fileURLWithPath: plan.notebook).deletingPathExtension().lastPathComponent
        var arguments = ["--parsable", "--array=" + Self.arraySpec(points.map(\.index)), "--job-name=" + name,
                         "--output=" + layout.logs.path + "/%a.log", "--chdir=" + plan.root]
        arguments += Self.resources(settings, cpus: settings.cpusPerTask)
        let array = try Self.submit(arguments + [script.path])
        plan.slurmJobs.append(array)
        try plan.save()
        say("submitted job array \(array): \(points.count) task(s), one per point")

        let summaryCommand = ([program.path, "sweep", "--summarize", layout.plan.path]).map(ShellCommand.quote).joined(separator: " ")
        let summary = try Self.submit(["--parsable", "--dependency=afterany:" + array, "--job-name=" + name + "-summary",
                                       "--output=" + layout.logs.path + "/summary.log", "--chdir=" + plan.root]
                                      + Self.resources(SlurmSettings(partition: settings.partition, time: settings.time), cpus: 1)
                                      + ["--wrap=" + summaryCommand])
        say("submitted job \(summary): writes \(layout.summaryHTML.path) when the tasks have ended")
        if wait { try waitFor([array, summary]) }
    }

    static func resources(_ settings: SlurmSettings, cpus: Int?) -> [String] {
        var arguments: [String] = []
        if let partition = settings.partition { arguments.append("--partition=" + partition) }
        if let time = settings.time { arguments.append("--time=" + time) }
        if let memory = settings.memory { arguments.append("--mem=" + memory) }
        if let cpus { arguments.append("--cpus-per-task=\(cpus)") }
        return arguments
    }

    /// `sbatch --parsable ...` prints `JOBID` or `JOBID;CLUSTER`.
    static func submit(_ arguments: [String]) throws -> String {
        let output = try ShellCommand.run("sbatch", arguments)
        let id = output.stdout.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
        guard output.status == 0, !id.isEmpty, id.allSatisfy(\.isNumber) else {
            throw SweepError("sbatch failed: \(output.stderr.trimmingCharacters(in: .whitespacesAndNewlines))",
                             fix: "check --partition, --time, --mem and --cpus-per-task against `sinfo`")
        }
        return id
    }

    /// `0-5` or `1,3,7-9`: the tasks to run.
    static func arraySpec(_ indices: [Int]) -> String {
        var parts: [String] = []
        var start: Int?, previous = -2
        for index in indices.sorted() {
            if index == previous + 1 { previous = index; continue }
            if let start { parts.append(start == previous ? "\(start)" : "\(start)-\(previous)") }
            start = index
            previous = index
        }
        if let start { parts.append(start == previous ? "\(start)" : "\(start)-\(previous)") }
        return parts.joined(separator: ",")
    }

    func waitFor(_ jobs: [String]) throws {
        say("waiting for job(s) \(jobs.joined(separator: ", ")) (Ctrl-C stops waiting; the jobs go on)")
        while true {
            let output = try ShellCommand.run("squeue", ["-h", "-j", jobs.joined(separator: ","), "-o", "%i"])
            if output.status != 0 || output.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return }
            Thread.sleep(forTimeInterval: 1)
        }
    }

    /// Tasks of the sweep's jobs still in the queue: "PENDING", "RUNNING on vm".
    public func activity(of plan: SweepPlan) -> [Int: String] {
        Self.queuedTasks(jobs: plan.slurmJobs)
    }

    static func queuedTasks(jobs: [String]) -> [Int: String] {
        guard !jobs.isEmpty, let output = try? ShellCommand.run("squeue", ["-h", "-r", "-j", jobs.joined(separator: ","), "-o", "%i|%T|%N"]),
              output.status == 0 else { return [:] }
        var states: [Int: String] = [:]
        for line in output.stdout.split(separator: "\n") {
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3, let underscore = fields[0].firstIndex(of: "_"),
                  let task = Int(fields[0][fields[0].index(after: underscore)...]) else { continue }
            states[task] = fields[1] + (fields[2].isEmpty ? "" : " on " + fields[2])
        }
        return states
    }
}
