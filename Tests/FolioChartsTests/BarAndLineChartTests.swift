import XCTest
@testable import FolioCharts

final class BarAndLineChartTests: XCTestCase {
    func testProbabilityBarsHighlightTheMostLikelyClass() {
        let chart = BarChart.probabilities([0.1, 0.7, 0.2])
        XCTAssertEqual(chart.highlighted, [1])
        let check = XMLCheck.parse(chart.svg())
        let bars = check.attributes(of: "rect").filter { $0["rx"] == "1.5" }
        XCTAssertEqual(bars.count, 3)
        XCTAssertEqual(bars.filter { $0["fill"] == ChartPalette.blue }.count, 1)
        let texts = check.texts["text"] ?? []
        XCTAssertTrue(texts.contains("70.0%"))
        XCTAssertTrue(texts.contains("100%"))
    }

    func testBarsStartAtZeroAndMissingValuesCountAsZero() {
        let chart = BarChart(title: "t", categories: ["a", "b", "c"], values: [2, -1])
        XCTAssertEqual(chart.bars.map(\.value), [2, -1, 0])
        XCTAssertEqual(chart.valueScale.domain, -1...2)
        for orientation in [BarChart.Orientation.vertical, .horizontal] {
            var copy = chart
            copy.orientation = orientation
            XCTAssertTrue(XMLCheck.parse(copy.svg()).isWellFormed)
        }
    }

    func testLineBreaksAtMissingValuesAndSharesColoursAcrossPanels() {
        let chart = LineChart(title: "t", series: [.init(name: "loss", values: [1, .nan, 0.5, 0.4])])
        let paths = XMLCheck.parse(chart.svg()).attributes(of: "path").compactMap { $0["d"] }
        XCTAssertEqual(paths.count, 1)
        XCTAssertEqual(paths.first?.filter { $0 == "M" }.count, 2)

        let panels = LineChart.sideBySide(title: "h", [
            LineChart(title: "Loss", series: [.init(name: "training", values: [1, 2]), .init(name: "validation", values: [2, 3])]),
            LineChart(title: "Accuracy", series: [.init(name: "validation", values: [0.5, 0.6]), .init(name: "training", values: [0.4, 0.5])]),
        ])
        let strokes = XMLCheck.parse(panels.svg()).attributes(of: "path").compactMap { $0["stroke"] }
        XCTAssertEqual(strokes, [ChartPalette.blue, ChartPalette.orange, ChartPalette.orange, ChartPalette.blue])
        let texts = XMLCheck.parse(panels.svg()).texts["text"] ?? []
        XCTAssertEqual(texts.filter { $0 == "training" }.count, 1, "one shared legend")
    }

    func testEpochAxisUsesWholeNumbersAndTheDescriptionSummarisesSeries() {
        let chart = ChartSamples.lossChart
        let check = XMLCheck.parse(chart.svg())
        let texts = check.texts["text"] ?? []
        XCTAssertTrue(texts.contains("10"))
        XCTAssertFalse(texts.contains("1.5"))
        let description = check.texts["desc"]?.first ?? ""
        XCTAssertTrue(description.contains("training: 10 points"), description)
        XCTAssertTrue(description.contains("last 0.11"), description)
    }

    func testHistogramBinsLikeNumpy() {
        let binned = Histogram.bins([0, 1, 2, 3, 4, .nan, 9], count: 4, range: 0...4)
        XCTAssertEqual(binned.edges, [0, 1, 2, 3, 4])
        XCTAssertEqual(binned.counts, [1, 1, 1, 2])
        let histogram = Histogram(title: "h", binEdges: [0, 1, 2], counts: [3, 0, 9])
        XCTAssertEqual(histogram.bins.count, 2)
        let drawn = XMLCheck.parse(histogram.svg()).attributes(of: "g").filter { $0["class"] == "bins" }
        XCTAssertEqual(drawn.count, 1)
    }
}

extension BarAndLineChartTests {
    func testStackedPanelsAreOneWideAndTwoHigh() throws {
        let panels = [ChartSamples.lossChart, ChartSamples.accuracyChart]
        let row = try XCTUnwrap(XMLCheck.parse(LineChart.sideBySide(title: "h", panels).svg()).attributes.first?["viewBox"])
        let column = try XCTUnwrap(XMLCheck.parse(LineChart.stacked(title: "h", panels).svg()).attributes.first?["viewBox"])
        let size = { (box: String) in box.split(separator: " ").compactMap { Double($0) } }
        XCTAssertEqual(size(row)[2], 800)
        XCTAssertEqual(size(column)[2], 480)
        XCTAssertGreaterThan(size(column)[3], 2 * 280)
    }
}
