import Foundation
import XCTest

/// `folio sweep` through the local executor, as a user runs it.
final class LocalSweepTests: XCTestCase {
    func testSixPointsShareTheCacheAndRecordTheirResults() throws {
        let project = try SweepProject()
        let notebook = try project.writeTinyNotebook()
        let run = try runFolio(["sweep", notebook, "-p", "lr=0.1,0.01", "-p", "width=8,16,32", "--jobs", "2"], in: project.url)
        XCTAssertEqual(run.status, 0, run.stderr)

        let records = try project.sweepRecords()
        XCTAssertEqual(Set(records.keys), ["lr=0.1,width=8", "lr=0.1,width=16", "lr=0.1,width=32",
                                           "lr=0.01,width=8", "lr=0.01,width=16", "lr=0.01,width=32"])
        for (name, values) in records {
            let accuracy = try XCTUnwrap(Double(values["accuracy"] ?? ""), name)
            XCTAssertTrue(accuracy > 0.1 && accuracy <= 1, "\(name): \(accuracy)")
            XCTAssertEqual(values["units"], String(name.split(separator: "=").last ?? ""))
            XCTAssertEqual(values["optimizer"], "sgd")
        }
        // Each point has its own report, showing its records.
        let report = try project.read("results/tiny/sweep/lr=0.01,width=16.html")
        XCTAssertTrue(report.contains("record-name\">accuracy</code>"), "the point's report shows its records")

        // The load cell, which no swept param reaches, ran once: five points took it from the cache.
        let csv = try project.read("results/tiny/sweep.csv")
        XCTAssertTrue(csv.hasPrefix("point,lr,width,accuracy,units,optimizer,status,seconds,report,error\n"), csv)
        XCTAssertEqual(run.stderr.components(separatedBy: "(1 of 3 cells from the cache)").count - 1, 5, run.stderr)

        let summary = try project.read("results/tiny/sweep.html")
        XCTAssertTrue(summary.contains("<table class=\"sortable\">"))
        XCTAssertTrue(summary.contains("href=\"sweep/lr=0.1,width=32.html\""))
        XCTAssertTrue(summary.contains("accuracy by width") && summary.contains("accuracy by lr"))
        XCTAssertTrue(summary.contains("Best point (highest accuracy)"))
        XCTAssertFalse(summary.contains("Failed points"))

        // A second sweep reuses every cell.
        let again = try runFolio(["sweep", notebook, "-p", "lr=0.1,0.01", "-p", "width=8,16,32"], in: project.url)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(again.stderr.components(separatedBy: "(3 of 3 cells from the cache)").count - 1, 6, again.stderr)
        XCTAssertEqual(try project.sweepRecords(), records)
    }

    func testAFailedPointShowsInTheSummaryWithItsError() throws {
        let project = try SweepProject()
        let notebook = try project.writeTinyNotebook()
        let run = try runFolio(["sweep", notebook, "-p", "width=0,8", "--seeds", "1,2"], in: project.url)
        XCTAssertEqual(run.status, 1, "a failed point makes the exit status 1")
        let records = try project.sweepRecords()
        XCTAssertEqual(records["width=8,seed=2"]?["units"], "8")
        XCTAssertEqual(records["width=0,seed=1"], [:], "a failed point records nothing past its failure")

        let summary = try project.read("results/tiny/sweep.html")
        XCTAssertTrue(summary.contains("<h2>Failed points</h2>"), summary)
        XCTAssertTrue(summary.contains("cell 2 (fit)"), "the failure names its cell")
        XCTAssertTrue(summary.contains("<tr class=\"failed\"><td><a href=\"sweep/width=0,seed=1.html\">"))
        XCTAssertTrue(summary.contains("4 points: 2 ok, 2 failed, 0 not finished"))
        XCTAssertTrue(summary.contains("Dense needs a positive number of units, got 0"))
        let csv = try project.read("results/tiny/sweep.csv")
        XCTAssertTrue(csv.contains("\"width=0,seed=1\",0,1,,,,failed,"), csv)
        XCTAssertTrue(csv.contains("error: Dense needs a positive number of units, got 0"), csv)

        // --status lists every point; --resume has nothing to do (failed points did finish).
        let status = try runFolio(["sweep", notebook, "--status"], in: project.url)
        XCTAssertTrue(status.stdout.contains("width=0,seed=2  failed"), status.stdout)
        XCTAssertTrue(status.stdout.contains("4 of 4 finished (2 failed)"), status.stdout)
        let resume = try runFolio(["sweep", notebook, "--resume"], in: project.url)
        XCTAssertTrue(resume.stderr.contains("nothing to resume"), resume.stderr)
    }

    func testResumeRunsOnlyThePointsThatDidNotFinish() throws {
        let project = try SweepProject()
        let notebook = try project.writeTinyNotebook()
        XCTAssertEqual(try runFolio(["sweep", notebook, "-p", "width=8,16,32"], in: project.url).status, 0)
        let before = try project.sweepRecords()
        // As if the run of one point had been killed: its result is gone.
        try FileManager.default.removeItem(at: project.url.appendingPathComponent("results/tiny/.sweep/points/width=16.json"))
        let status = try runFolio(["sweep", notebook, "--status"], in: project.url)
        XCTAssertTrue(status.stdout.contains("width=16  not finished"), status.stdout)
        let resume = try runFolio(["sweep", notebook, "--resume"], in: project.url)
        XCTAssertEqual(resume.status, 0, resume.stderr)
        XCTAssertTrue(resume.stderr.contains("resuming 1 of 3 points: width=16"), resume.stderr)
        XCTAssertEqual(try project.sweepRecords(), before)
    }
}
