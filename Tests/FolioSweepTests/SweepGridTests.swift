import FolioSweep
import XCTest

/// The points a command line and a params file make.
final class SweepGridTests: XCTestCase {
    func testEveryCombinationWithTheLastAxisFastest() throws {
        let grid = SweepGrid(axes: [try SweepGrid.axis("lr=0.1,0.01"), try SweepGrid.axis("width=64,128,256")])
        let points = try grid.points()
        XCTAssertEqual(points.map(\.name), ["lr=0.1,width=64", "lr=0.1,width=128", "lr=0.1,width=256",
                                            "lr=0.01,width=64", "lr=0.01,width=128", "lr=0.01,width=256"])
        XCTAssertEqual(points.map(\.index), Array(0..<6))
        XCTAssertEqual(points[4].value(of: "width"), "128")
    }

    func testSeedsRepeatEachPoint() throws {
        var grid = SweepGrid(axes: [try SweepGrid.axis("lr=0.1,0.01")])
        grid.seeds = try SweepGrid.seeds("1, 2,3")
        XCTAssertEqual(try grid.points().map(\.name), ["lr=0.1,seed=1", "lr=0.1,seed=2", "lr=0.1,seed=3",
                                                        "lr=0.01,seed=1", "lr=0.01,seed=2", "lr=0.01,seed=3"])
        XCTAssertThrowsError(try SweepGrid.seeds("1,two"))
    }

    func testParamsFileGridAndExplicitPoints() throws {
        var grid = SweepGrid()
        try grid.addParamsFile("""
        grid:
          lr: [0.1, 0.010]
        points:
          - {width: 64, optimizer: adam}
          - {width: 256, optimizer: sgd}
        """, path: "sweep.yaml")
        // Values keep their spelling (0.010 stays 0.010: it is what -p would pass).
        XCTAssertEqual(try grid.points().map(\.name), ["width=64,optimizer=adam,lr=0.1", "width=64,optimizer=adam,lr=0.010",
                                                        "width=256,optimizer=sgd,lr=0.1", "width=256,optimizer=sgd,lr=0.010"])
        var plain = SweepGrid()
        try plain.addParamsFile("width: [16, 32]\nepochs: 2\n", path: "p.yaml")
        XCTAssertEqual(try plain.points().map(\.name), ["width=16,epochs=2", "width=32,epochs=2"])
    }

    func testBadGridsSayWhatIsWrong() {
        XCTAssertThrowsError(try SweepGrid.axis("lr")) { XCTAssertTrue("\($0)".contains("name=value1,value2")) }
        XCTAssertThrowsError(try SweepGrid.axis("lr=0.1,,0.2")) { XCTAssertTrue("\($0)".contains("empty value")) }
        XCTAssertThrowsError(try SweepGrid(axes: [.init(name: "a", values: ["1"]), .init(name: "a", values: ["2"])]).points()) {
            XCTAssertTrue("\($0)".contains("swept twice"))
        }
        XCTAssertThrowsError(try SweepGrid().points()) { XCTAssertTrue("\($0)".contains("at least one param")) }
        var yaml = SweepGrid()
        XCTAssertThrowsError(try yaml.addParamsFile("[1, 2", path: "bad.yaml")) { XCTAssertTrue("\($0)".contains("bad.yaml")) }
        XCTAssertThrowsError(try yaml.addParamsFile("- 1\n- 2\n", path: "list.yaml")) { XCTAssertTrue("\($0)".contains("mapping")) }
    }

    func testFileNamesAreSafe() {
        let point = SweepPoint(index: 0, settings: [.init(name: "path", value: "../data/x y")])
        XCTAssertEqual(point.fileName, "path=.._data_x_y")
        XCTAssertFalse(point.fileName.contains("/"))
    }
}
