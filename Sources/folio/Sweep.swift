import ArgumentParser
import Foundation
import FolioLibrary
import FolioRunner
import FolioSweep

/// `folio sweep`: runs a notebook over a grid of params, each point an ordinary run with its own
/// report and one shared cache, on this machine's cores or as a Slurm job array; writes
/// results/NAME/sweep.html, sweep.json and sweep.csv.
struct Sweep: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a notebook over a grid of params, on local cores or a Slurm cluster.",
        discussion: """
        Each point is an ordinary run with those params (its report in results/NAME/sweep/), sharing one cache, so \
        cells no swept param reaches run once for the whole sweep. Cells mark results with record("accuracy", value); \
        they go into results/NAME/sweep.json, sweep.csv and the summary report sweep.html.
        Exit status: 0 every point ran, 1 a point failed or did not finish, 2 the command line or the grid is wrong.
        """)

    @Argument(help: "The notebook (.md).")
    var notebook: String?

    @Option(name: .customShort("p"), parsing: .singleValue, help: ArgumentHelp("A swept param and its values (repeatable; every combination runs).", valueName: "name=v1,v2"))
    var params: [String] = []

    @Option(name: .customLong("params"), help: ArgumentHelp("A YAML file: a grid (name: [values]) and/or a `points:` list.", valueName: "FILE.yaml"))
    var paramsFile: String?

    @Option(name: .long, help: ArgumentHelp("Repeat each point with these values of the `seed` param.", valueName: "1,2,3"))
    var seeds: String?

    @Option(name: .long, help: "Where points run: local or slurm.")
    var executor: String?

    @Option(name: [.short, .long], help: "Points run at once by the local executor (default: one per core).")
    var jobs: Int?

    @Option(name: .long, help: "Slurm partition.")
    var partition: String?

    @Option(name: .long, help: "Slurm time limit per point (e.g. 30:00).")
    var time: String?

    @Option(name: .long, help: "Slurm memory per point (e.g. 4G).")
    var mem: String?

    @Option(name: .long, help: "Slurm CPUs per point.")
    var cpusPerTask: Int?

    @Option(name: .long, help: "Job script template for Slurm, with a {{command}} line (see the README).")
    var template: String?

    @Option(name: .long, help: ArgumentHelp("A folder every node sees: results, reports and the cache go there.", valueName: "DIR"))
    var shared: String?

    @Flag(name: .long, help: "With --executor slurm: wait until the tasks and the summary have finished.")
    var wait = false

    @Option(name: [.short, .long], help: "Folder for the results (results/NAME/).")
    var output: String = "results"

    @Option(name: .long, help: "Folder that relative paths in the notebook resolve against.")
    var root: String = "."

    @Option(name: .long, help: ArgumentHelp("The record that ranks points (default: the first numeric one).", valueName: "NAME"))
    var best: String?

    @Flag(name: .long, help: "Lower values of the --best record are better (a loss).")
    var minimize = false

    @Flag(name: .long, help: "Show each point's state (finished, failed, queued, running, not finished).")
    var status = false

    @Flag(name: .long, help: "Run only the points that did not finish (cancelled, killed, interrupted).")
    var resume = false

    @Flag(name: [.short, .long], help: "Print nothing but errors.")
    var quiet = false

    @Option(name: .long, help: ArgumentHelp("Run one point of a saved plan (what each job runs).", visibility: .hidden))
    var worker: String?

    @Option(name: .long, help: ArgumentHelp("The point to run with --worker.", visibility: .hidden))
    var point: Int?

    @Option(name: .long, help: ArgumentHelp("Write the summary of a saved plan.", visibility: .hidden))
    var summarize: String?

    func validate() throws {
        if worker != nil || summarize != nil { return }
        guard notebook != nil else { throw ValidationError("name the notebook: folio sweep NOTEBOOK -p name=v1,v2") }
        if let executor, !["local", "slurm"].contains(executor) {
            throw ValidationError("unknown executor '\(executor)'; use local or slurm")
        }
        if status && resume { throw ValidationError("--status and --resume contradict each other; use one") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let cpusPerTask, cpusPerTask < 1 { throw ValidationError("--cpus-per-task must be at least 1") }
        if !status && !resume && params.isEmpty && paramsFile == nil {
            throw ValidationError("a sweep needs params to vary: -p name=v1,v2 or --params FILE.yaml")
        }
    }

    func run() throws {
        do {
            try dispatch()
        } catch let error as SweepError {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(ExitStatus.usage)
        }
    }

    private var program: URL { Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]) }

    private func say(_ line: String) {
        if !quiet { FileHandle.standardError.write(Data((line + "\n").utf8)) }
    }

    private func dispatch() throws {
        if let worker {
            guard let point else { throw SweepError("--worker needs --point N") }
            let plan = try SweepPlan.load(from: URL(fileURLWithPath: worker))
            PointRunner.limitThreads(plan: plan)
            let result = try PointRunner(plan: plan, vocabulary: FolioVocabulary.full, archives: FolioVocabulary.archives, buildFile: program).run(pointAt: point)
            if result.status != .ok { throw ExitCode(ExitStatus.cellFailed) }
            return
        }
        if let summarize {
            let plan = try SweepPlan.load(from: URL(fileURLWithPath: summarize))
            try SweepTable(plan: plan, activity: executor(for: plan).activity(of: plan)).write()
            return
        }
        guard let notebook else { return }
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let outputFolder = URL(fileURLWithPath: shared ?? output, relativeTo: cwd).standardizedFileURL
        let folder = SweepLayout.folder(notebook: notebook, output: outputFolder)
        let session = SweepSession(say: say)

        if status || resume {
            var plan = try SweepPlan.load(from: SweepLayout(folder: folder).plan)
            if let executor { plan.executor = executor }
            applySlurmOptions(to: &plan)
            if status {
                let table = SweepTable(plan: plan, activity: self.executor(for: plan).activity(of: plan))
                print(statusText(table))
                return
            }
            try finish(session.resume(plan, executor: self.executor(for: plan)))
            return
        }

        guard FileManager.default.fileExists(atPath: notebook) else {
            throw SweepError("no notebook at \(notebook)")
        }
        var grid = SweepGrid()
        grid.axes = try params.map(SweepGrid.axis)
        if let paramsFile {
            guard let text = try? String(contentsOfFile: paramsFile, encoding: .utf8) else { throw SweepError("cannot read \(paramsFile)") }
            try grid.addParamsFile(text, path: paramsFile)
        }
        if let seeds { grid.seeds = try SweepGrid.seeds(seeds) }
        let points = try grid.points()
        let rootURL = URL(fileURLWithPath: root, relativeTo: cwd).standardizedFileURL
        let cache = shared.map { URL(fileURLWithPath: $0, relativeTo: cwd).standardizedFileURL.appendingPathComponent(".folio-cache") }
            ?? CachePruner.defaultDirectory(root: rootURL)
        let kind = executor ?? "local"
        let jobCount = min(jobs ?? LocalExecutor.defaultJobs, points.count)
        var plan = SweepPlan(notebook: URL(fileURLWithPath: notebook, relativeTo: cwd).standardizedFileURL.path, root: rootURL.path,
                             folder: folder.path, cacheDirectory: cache.path, points: points, best: best, lowerIsBetter: minimize,
                             executor: kind, threadsPerPoint: max(1, ProcessInfo.processInfo.activeProcessorCount / max(1, jobCount)),
                             slurm: nil)
        applySlurmOptions(to: &plan)
        say("sweep of \(notebook): \(points.count) points" + (kind == "local" ? ", \(jobCount) at a time" : " on Slurm"))
        try finish(session.start(plan, executor: executor(for: plan)))
    }

    private func applySlurmOptions(to plan: inout SweepPlan) {
        guard plan.executor == "slurm" else { return }
        var settings = plan.slurm ?? SlurmSettings()
        if let partition { settings.partition = partition }
        if let time { settings.time = time }
        if let mem { settings.memory = mem }
        if let cpusPerTask { settings.cpusPerTask = cpusPerTask }
        if let template { settings.template = URL(fileURLWithPath: template).standardizedFileURL.path }
        plan.slurm = settings
    }

    private func executor(for plan: SweepPlan) -> SweepExecutor {
        if plan.executor == "slurm" { return SlurmExecutor(program: program, wait: wait, say: say) }
        let count = plan.points.count
        return LocalExecutor(jobs: min(jobs ?? LocalExecutor.defaultJobs, max(1, count)), program: program) { point, result, reason in
            say("[\(point.index + 1)/\(count)] " + SweepSession.line(for: point, result: result, reason: reason))
            // Rewritten after every point, so an interrupted sweep keeps a summary of what finished.
            try? SweepTable(plan: plan).write()
        }
    }

    private func finish(_ table: SweepTable) throws {
        let layout = table.plan.layout
        let cwd = FileManager.default.currentDirectoryPath
        if table.plan.executor == "local" || wait {
            say("\(table.finished.count - table.failed.count) ok, \(table.failed.count) failed, \(table.unfinished.count) not finished -> "
                + layout.summaryHTML.relativePath(from: cwd) + ", sweep.json, sweep.csv")
            if let best = table.best, let record = table.rankingRecord, let value = best.result?.record(record) {
                say("best: \(best.point.name) (\(record) \(value.text))")
            }
            if !table.failed.isEmpty || !table.unfinished.isEmpty { throw ExitCode(ExitStatus.cellFailed) }
        } else {
            say("`folio sweep \(notebook ?? "") --status` shows each point; the summary is written when the tasks end")
        }
    }

    private func statusText(_ table: SweepTable) -> String {
        let width = table.rows.map(\.point.name.count).max() ?? 5
        var lines = table.rows.map { row -> String in
            var line = row.point.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + row.status
            if let result = row.result {
                line += String(format: " in %.1f s", result.seconds)
                if !result.records.isEmpty { line += "  " + result.records.map { "\($0.name)=\($0.value.text)" }.joined(separator: " ") }
            }
            return line
        }
        lines.append("\(table.finished.count) of \(table.rows.count) finished (\(table.failed.count) failed); "
                     + "\(table.unfinished.count) not finished" + (table.unfinished.isEmpty ? "" : " — --resume runs them"))
        return lines.joined(separator: "\n")
    }
}
