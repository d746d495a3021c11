import XCTest
@testable import FolioCharts

final class DeterminismTests: XCTestCase {
    func testRenderingTwiceGivesIdenticalBytes() {
        for (name, chart) in ChartSamples.all {
            XCTAssertEqual(chart.svg(), chart.svg(), name)
            XCTAssertEqual(chart.standaloneSVG(), chart.standaloneSVG(), name)
        }
        // A chart rebuilt from the same data (not the same value) renders the same too.
        XCTAssertEqual(ChartSamples.history.svg(), ChartSamples.history.svg())
        XCTAssertEqual(ChartSamples.digitGrid().svg(), ChartSamples.digitGrid().svg())
    }

    func testIdsComeFromContentOrFromTheCaller() throws {
        var chart = ChartSamples.classCounts
        let first = try XCTUnwrap(XMLCheck.parse(chart.svg()).attributes.first?["id"])
        XCTAssertTrue(first.hasPrefix("folio-bar-"))
        chart.values[0] += 1
        let second = try XCTUnwrap(XMLCheck.parse(chart.svg()).attributes.first?["id"])
        XCTAssertNotEqual(first, second)

        chart.id = "class counts #1"
        let check = XMLCheck.parse(chart.svg())
        XCTAssertEqual(check.attributes.first?["id"], "classcounts1")
        XCTAssertEqual(check.attributes.first?["aria-labelledby"], "classcounts1-title classcounts1-desc")
        XCTAssertEqual(check.attributes(of: "title").first?["id"], "classcounts1-title")
    }

    func testInlineChartsScaleAndStandaloneFilesHaveAFixedSize() throws {
        let inline = try XCTUnwrap(XMLCheck.parse(ChartSamples.lossChart.svg()).attributes.first)
        XCTAssertEqual(inline["width"], "100%")
        XCTAssertEqual(inline["viewBox"]?.hasPrefix("0 0 640 "), true)
        XCTAssertEqual(inline["style"]?.contains("max-width:640px"), true)
        XCTAssertEqual(inline["fill"], "currentColor")
        let file = try XCTUnwrap(XMLCheck.parse(ChartSamples.lossChart.standaloneSVG()).attributes.first)
        XCTAssertEqual(file["width"], "640")
        XCTAssertEqual(file["color"], "#1f2328")
    }

    func testCoordinatesUseStableShortNumbers() {
        XCTAssertEqual(SVGNumber.format(1.0), "1")
        XCTAssertEqual(SVGNumber.format(12.5), "12.5")
        XCTAssertEqual(SVGNumber.format(3.14159), "3.14")
        XCTAssertEqual(SVGNumber.format(-0.001), "0")
        XCTAssertEqual(SVGNumber.format(-2.25), "-2.25")
        XCTAssertEqual(SVGNumber.format(0.1 + 0.2), "0.3")
        XCTAssertEqual(SVGNumber.format(.nan), "0")
    }
}
