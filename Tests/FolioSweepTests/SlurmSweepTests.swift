import Foundation
import XCTest

/// `folio sweep --executor slurm` on a real one-node Slurm cluster that the test starts
/// (scripts/slurm-local.sh): the same records as the local executor, and a cancelled task resumed.
final class SlurmSweepTests: XCTestCase {
    private var clusterFolder: URL?
    private var slurmConf = ""

    override func setUpWithError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-slurm-test-\(UUID().uuidString.prefix(8))")
        let started = try clusterScript("start", folder: folder)
        if started.status == 3 { throw XCTSkip("Slurm is not installed and cannot be installed here: \(started.stderr)") }
        clusterFolder = folder
        guard started.status == 0, let line = started.stdout.split(separator: "\n").first(where: { $0.hasPrefix("export SLURM_CONF=") }) else {
            XCTFail("the one-node Slurm cluster did not start: \(started.stderr)")
            throw CancellationError()
        }
        slurmConf = String(line.dropFirst("export SLURM_CONF=".count))
    }

    override func tearDownWithError() throws {
        guard let clusterFolder else { return }
        _ = try clusterScript("stop", folder: clusterFolder)
    }

    /// scripts/slurm-local.sh, run with posix_spawn and waitpid: the daemons it starts outlive
    /// it, and Foundation's Process then never reports the script's own exit.
    private func clusterScript(_ command: String, folder: URL) throws -> CommandResult {
        let output = folder.deletingLastPathComponent().appendingPathComponent(folder.lastPathComponent + "-\(command).out")
        defer { try? FileManager.default.removeItem(at: output) }
        let script = packageRoot.appendingPathComponent("scripts/slurm-local.sh").path
        let line = "FOLIO_SLURM_DIR='\(folder.path)' '\(script)' \(command) > '\(output.path)' 2>&1 < /dev/null"
        var pid: pid_t = 0
        let arguments = ["/bin/bash", "-c", line]
        var argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        guard posix_spawn(&pid, "/bin/bash", nil, nil, &argv, environ) == 0 else { throw CancellationError() }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        let exited = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128
        return CommandResult(status: exited, stdout: text, stderr: text)
    }

    private func slurm(_ tool: String, _ arguments: [String]) throws -> CommandResult {
        try runCommand(URL(fileURLWithPath: "/usr/bin/env"), [tool] + arguments, in: packageRoot, environment: ["SLURM_CONF": slurmConf])
    }

    private func waitForQueueToEmpty(_ jobs: [String]) throws {
        for _ in 0..<600 {
            let queue = try slurm("squeue", ["-h", "-j", jobs.joined(separator: ","), "-o", "%i"])
            if queue.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return }
            Thread.sleep(forTimeInterval: 0.5)
        }
        XCTFail("the jobs \(jobs) did not end within five minutes")
    }

    func testSlurmGivesTheLocalRecordsAndResumesACancelledTask() throws {
        let grid = ["-p", "lr=0.1,0.01", "-p", "width=8,16,32"]
        let local = try SweepProject()
        let localNotebook = try local.writeTinyNotebook()
        let localRun = try runFolio(["sweep", localNotebook] + grid, in: local.url)
        XCTAssertEqual(localRun.status, 0, localRun.stderr)
        let expected = try local.sweepRecords()
        XCTAssertEqual(expected.count, 6)

        // Two CPUs per task on a two-CPU node: one task at a time, so the last is still pending
        // when it is cancelled.
        let cluster = try SweepProject()
        let notebook = try cluster.writeTinyNotebook()
        let environment = ["SLURM_CONF": slurmConf]
        let submitted = try runFolio(["sweep", notebook] + grid + ["--executor", "slurm", "--cpus-per-task", "2", "--time", "10:00",
                                                                   "--partition", "debug", "--mem", "1G"],
                                     in: cluster.url, environment: environment)
        XCTAssertEqual(submitted.status, 0, submitted.stderr)
        let planData = try Data(contentsOf: cluster.url.appendingPathComponent("results/tiny/.sweep/plan.json"))
        let plan = try XCTUnwrap(try JSONSerialization.jsonObject(with: planData) as? [String: Any])
        let jobs = try XCTUnwrap(plan["slurmJobs"] as? [String])
        guard jobs.count == 1, let array = jobs.first else { return XCTFail("one job array, got \(jobs)") }
        let cancel = try slurm("scancel", ["\(array)_5"])
        XCTAssertEqual(cancel.status, 0, cancel.stderr)
        let status = try runFolio(["sweep", notebook, "--status"], in: cluster.url, environment: environment)
        XCTAssertTrue(status.stdout.contains("PENDING") || status.stdout.contains("RUNNING"), status.stdout)

        // The summary job runs after every task has ended, cancelled ones included.
        let summaryJob = String(Int(array).map { $0 + 1 } ?? 0)
        try waitForQueueToEmpty([array, summaryJob])
        var records = try cluster.sweepRecords()
        XCTAssertNil(records["lr=0.01,width=32"], "the cancelled task left no result")
        XCTAssertTrue(try cluster.read("results/tiny/sweep.html").contains("<h2>Not finished</h2>"))
        let afterCancel = try runFolio(["sweep", notebook, "--status"], in: cluster.url, environment: environment)
        XCTAssertTrue(afterCancel.stdout.contains("lr=0.01,width=32  not finished"), afterCancel.stdout)
        XCTAssertTrue(afterCancel.stdout.contains("5 of 6 finished"), afterCancel.stdout)

        let resumed = try runFolio(["sweep", notebook, "--resume", "--wait"], in: cluster.url, environment: environment)
        XCTAssertEqual(resumed.status, 0, resumed.stderr)
        XCTAssertTrue(resumed.stderr.contains("resuming 1 of 6 points: lr=0.01,width=32"), resumed.stderr)
        records = try cluster.sweepRecords()
        XCTAssertEqual(records, expected, "the cluster's points recorded what the local ones did")
        let log = try cluster.read("results/tiny/.sweep/logs/5.log")
        XCTAssertTrue(log.contains("[3/3] evaluate"), log)
    }
}
