import XCTest
@testable import FolioCharts

final class ScatterChartTests: XCTestCase {
    func testPointsAreDotsWithoutALineAndTheLegendShowsDots() {
        let chart = ScatterChart(title: "Runs", xLabel: "Learning rate", yLabel: "Accuracy",
                                 series: [.init(name: "MLP", points: [(0.001, 0.9), (0.01, 0.95), (0.1, 0.8)]),
                                          .init(name: "CNN", points: [(0.001, 0.97), (0.01, 0.99)])])
        for svg in [chart.svg(), chart.standaloneSVG()] {
            let check = XMLCheck.parse(svg)
            XCTAssertTrue(check.isWellFormed, svg)
            XCTAssertTrue(check.attributes(of: "path").allSatisfy { $0["stroke-width"] != "2.25" }, "no series line")
            // Five points plus one legend dot per series.
            let circles = check.attributes(of: "circle")
            XCTAssertEqual(circles.count, 7)
            XCTAssertEqual(Set(circles.compactMap { $0["fill"] }).count, 2, "one colour per series")
            XCTAssertEqual(check.attributes(of: "line").filter { $0["stroke-width"] == "2.5" }.count, 0, "the legend has no line swatches")
            XCTAssertTrue(check.attributes(of: "svg").first?["id"]?.hasPrefix("folio-scatter") ?? false)
        }
    }

    func testNonFinitePointsAreLeftOutAndTheIDIsStable() {
        let chart = ScatterChart(title: "t", series: [.init(name: "", points: [(1, 2), (.nan, 3), (4, .infinity), (5, 6)])])
        XCTAssertEqual(XMLCheck.parse(chart.svg()).attributes(of: "circle").count, 2)
        XCTAssertEqual(chart.svg(), chart.svg())
    }
}
