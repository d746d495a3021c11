import FolioCore
import FolioSweep
import XCTest

/// sweep.json, sweep.csv and the summary report, from points' results on disk.
final class SweepSummaryTests: XCTestCase {
    private func plan(in project: SweepProject, seeds: [String] = ["1", "2"], lowerIsBetter: Bool = false) throws -> SweepPlan {
        var grid = SweepGrid(axes: [.init(name: "lr", values: ["0.001", "0.01", "0.1"]), .init(name: "optimizer", values: ["adam", "sgd"])])
        grid.seeds = seeds
        return SweepPlan(notebook: project.url.appendingPathComponent("nb.md").path, root: project.url.path,
                         folder: project.url.appendingPathComponent("results/nb").path, cacheDirectory: nil,
                         points: try grid.points(), best: lowerIsBetter ? "loss" : nil, lowerIsBetter: lowerIsBetter,
                         executor: "local", threadsPerPoint: 1, slurm: nil)
    }

    /// Saves a result for every point but the last: loss falls with lr, accuracy rises; seed 2 a
    /// little better; the point lr=0.01,optimizer=sgd,seed=1 failed.
    private func saveResults(_ plan: SweepPlan) throws {
        for point in plan.points.dropLast() {
            let lr = Double(point.value(of: "lr") ?? "") ?? 0
            let seed = Double(point.value(of: "seed") ?? "") ?? 0
            let failed = point.name == "lr=0.01,optimizer=sgd,seed=1"
            let records = failed ? [] : [Record(name: "accuracy", value: .double(0.5 + lr * 4 + seed / 100)),
                                         Record(name: "loss", value: .double(1 - lr * 5)),
                                         Record(name: "note", value: .string("a, \"quoted\" text"))]
            try PointResult(point: point, status: failed ? .failed : .ok, records: records, seconds: 1.5, report: "sweep/\(point.fileName).html",
                            error: failed ? "cell 2 (fit): nb.md:9:5: error: the loss is not a number" : nil,
                            host: "node1", finished: Date(), cells: 3, cachedCells: 1).save(in: plan.layout)
        }
    }

    func testTheTableTheFilesAndTheBestPoint() throws {
        let project = try SweepProject()
        let plan = try plan(in: project)
        try saveResults(plan)
        let table = SweepTable(plan: plan, activity: [11: "RUNNING on node2"])
        XCTAssertEqual(table.records, ["accuracy", "loss", "note"])
        XCTAssertEqual(table.best?.point.name, "lr=0.1,optimizer=adam,seed=2")
        XCTAssertEqual(table.failed.map(\.point.name), ["lr=0.01,optimizer=sgd,seed=1"])
        XCTAssertEqual(table.unfinished.map(\.status), ["RUNNING on node2"])
        try table.write()

        let csv = try project.read("results/nb/sweep.csv").split(separator: "\n")
        XCTAssertEqual(csv.first, "point,lr,optimizer,seed,accuracy,loss,note,status,seconds,report,error")
        XCTAssertEqual(csv.count, 13)
        XCTAssertTrue(csv[1].hasPrefix("\"lr=0.001,optimizer=adam,seed=1\",0.001,adam,1,"), String(csv[1]))
        XCTAssertTrue(csv[1].contains(",\"a, \"\"quoted\"\" text\",ok,1.500,\"sweep/"), String(csv[1]))
        XCTAssertTrue(csv[12].hasSuffix(",,,,RUNNING on node2,,,"), String(csv[12]))

        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: plan.layout.summaryJSON)) as? [String: Any])
        XCTAssertEqual(json["best"] as? String, "lr=0.1,optimizer=adam,seed=2")
        let points = try XCTUnwrap(json["points"] as? [[String: Any]])
        XCTAssertEqual((points[0]["records"] as? [String: Any])?["loss"] as? Double, 1 - 0.001 * 5)
        XCTAssertEqual(points[0]["report"] as? String, "sweep/lr=0.001,optimizer=adam,seed=1.html")

        let html = try project.read("results/nb/sweep.html")
        XCTAssertTrue(html.contains("Best point (highest accuracy): <a href=\"sweep/lr=0.1,optimizer=adam,seed=2.html\">"))
        XCTAssertTrue(html.contains("the loss is not a number"))
        XCTAssertTrue(html.contains("<code>lr=0.1,optimizer=sgd,seed=2</code> (RUNNING on node2)"))
        // One chart per numeric record against lr (optimizer is not a number): a line per
        // optimizer, with error bars over the two seeds; lr spans 100× so its axis is log10.
        XCTAssertTrue(html.contains("accuracy by lr") && html.contains("loss by lr"))
        XCTAssertFalse(html.contains("accuracy by optimizer") || html.contains("note by"))
        XCTAssertTrue(html.contains("lr (log10)") && html.contains("mean ± sd over seeds"))
        XCTAssertTrue(html.contains("aria-label=\"optimizer=adam\"") && html.contains("aria-label=\"optimizer=sgd\""))
        XCTAssertTrue(html.contains("stroke-width=\"1.5\""), "error bars are drawn")
        XCTAssertFalse(html.contains("<link") || html.contains("src=\"http"), "the page is self-contained")
    }

    func testMinimizingRanksByTheLowestValue() throws {
        let project = try SweepProject()
        let plan = try plan(in: project, seeds: [], lowerIsBetter: true)
        try saveResults(plan)
        XCTAssertEqual(SweepTable(plan: plan).best?.point.name, "lr=0.1,optimizer=adam")
        try SweepTable(plan: plan).write()
        XCTAssertFalse(try project.read("results/nb/sweep.html").contains("mean ± sd"), "no error bars without repeated seeds")
    }
}
