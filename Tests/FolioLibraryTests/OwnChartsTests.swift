import FolioCore
@testable import FolioLibrary
import XCTest

/// `LineChart`, `ScatterChart`, `BarChart`, `Histogram` and `Heatmap` of a notebook's own numbers,
/// rendered to SVG and read back.
final class OwnChartsTests: XCTestCase {
    private var folder: URL!
    override func setUpWithError() throws { folder = try NotebookCode.temporaryFolder() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func chart(_ code: String, file: StaticString = #filePath, line: UInt = #line) throws -> (Figure, SVGContents) {
        let run = NotebookCode(code, root: folder)
        XCTAssertNil(run.error, run.error?.rendered() ?? "", file: file, line: line)
        let figure = try XCTUnwrap(run.charts.first, "no chart in \(run.outputs)", file: file, line: line)
        XCTAssertEqual(run.charts.count, 1, file: file, line: line)
        let svg = SVGContents(figure.svg)
        XCTAssertTrue(svg.wellFormed, figure.svg, file: file, line: line)
        return (figure, svg)
    }

    private func failure(_ code: String) throws -> Diagnostic {
        let run = NotebookCode(code, root: folder)
        return try XCTUnwrap(run.error, "expected an error, got \(run.outputs)")
    }

    /// The `d` paths of the drawn lines (the series, not the axes).
    private func seriesPaths(_ svg: SVGContents) -> [[String: String]] {
        svg.elements.filter { $0.name == "path" && $0.attributes["fill"] == "none" && $0.attributes["stroke-width"] == "2.25" }.map(\.attributes)
    }

    func testLineChartDrawsOneLineThroughThePointsWithItsTitleAndAxisNames() throws {
        let (figure, svg) = try chart("""
        LineChart(x: [0.001, 0.01, 0.1], y: [0.91, 0.95, 0.89], title: "Accuracy by learning rate", xLabel: "Learning rate", yLabel: "Accuracy")
        """)
        XCTAssertEqual(figure.title, "Accuracy by learning rate")
        for text in ["Accuracy by learning rate", "Learning rate", "Accuracy"] { XCTAssertTrue(svg.texts.contains { $0 == text || $0 == "↑ " + text || $0 == text + " →" }, "\(text) in \(svg.texts)") }
        let paths = seriesPaths(svg)
        XCTAssertEqual(paths.count, 1)
        let d = try XCTUnwrap(paths.first?["d"])
        XCTAssertEqual(d.filter { $0 == "M" }.count, 1)
        XCTAssertEqual(d.filter { $0 == "L" }.count, 2, d)
    }

    func testMultiSeriesLineChartHasALineAndALegendEntryPerNamedSeries() throws {
        let (figure, svg) = try chart("""
        LineChart(x: [1, 2, 3, 4], series: [("training", [0.5, 0.3, 0.2, 0.1]), ("validation", [0.6, 0.4, 0.35, 0.33])], xLabel: "Epoch", yLabel: "Loss")
        """)
        XCTAssertEqual(figure.title, "Loss by Epoch", "without a title the axes name the figure")
        let strokes = seriesPaths(svg).compactMap { $0["stroke"] }
        XCTAssertEqual(strokes.count, 2)
        XCTAssertNotEqual(strokes[0], strokes[1])
        XCTAssertTrue(svg.texts.contains("training") && svg.texts.contains("validation"), "\(svg.texts)")
    }

    func testMultiSeriesFromADictionaryKeepsItsOrder() throws {
        let (_, svg) = try chart("""
        var curves: [String: [Double]] = [:]
        for rate in [0.01, 0.001] { curves["lr \\(rate)"] = [rate * 10, rate * 20] }
        LineChart(x: [1, 2], series: curves, title: "Curves")
        """)
        XCTAssertEqual(seriesPaths(svg).count, 2)
        let legend = svg.texts.filter { $0.hasPrefix("lr ") }
        XCTAssertEqual(Array(legend.prefix(2)), ["lr 0.01", "lr 0.001"])
    }

    func testScatterChartDrawsUnconnectedDots() throws {
        let (figure, svg) = try chart("ScatterChart(x: [1, 2, 3, 5, 8], y: [2, 1, 4, 3, 5], title: \"Runs\")")
        XCTAssertEqual(figure.title, "Runs")
        XCTAssertTrue(seriesPaths(svg).isEmpty, "a scatter chart has no lines")
        XCTAssertEqual(svg.count("circle"), 5)
        XCTAssertTrue(svg.texts.contains("Scatter chart. 5 points, y from 1 to 5, last 5."), "the accessible description says what it is: \(svg.texts)")
    }

    func testBarChartHasABarPerLabel() throws {
        let (_, svg) = try chart("BarChart(labels: [\"MLP\", \"CNN\", \"SVM\"], values: [0.976, 0.991, 0.931], title: \"Test accuracy\", yLabel: \"Accuracy\")")
        XCTAssertEqual(svg.elements.filter { $0.name == "rect" && $0.attributes["rx"] == "1.5" }.count, 3)
        for text in ["MLP", "CNN", "SVM", "Test accuracy", "Accuracy"] { XCTAssertTrue(svg.texts.contains { $0 == text || $0 == "↑ " + text || $0 == text + " →" }, "\(text) in \(svg.texts)") }
    }

    func testHistogramCountsValuesInEqualBins() throws {
        let (figure, svg) = try chart("Histogram(values: [1, 2, 2, 3, 3, 3], bins: 3, xLabel: \"Value\")")
        XCTAssertEqual(figure.title, "Histogram")
        XCTAssertTrue(svg.texts.contains("Value →") && svg.texts.contains("↑ Count"), "\(svg.texts)")
        // numpy.histogram([1, 2, 2, 3, 3, 3], bins=3) counts [1, 2, 3]: the bars' heights are in that ratio.
        let bars = svg.elements.filter { $0.name == "rect" && $0.attributes["height"] != nil && $0.attributes["fill"] != "none" }
            .compactMap { Double($0.attributes["height"] ?? "") }.filter { $0 > 0 }
        let tallest = try XCTUnwrap(bars.max())
        XCTAssertEqual(bars.suffix(3).map { ($0 / tallest * 3).rounded() }, [1, 2, 3], "\(bars)")
    }

    func testHeatmapAnnotatesEveryCellAndNamesItsAxes() throws {
        let (_, svg) = try chart("Heatmap([[1, 2], [3, 4]], rowLabels: [\"a\", \"b\"], title: \"Grid\", xLabel: \"Predicted\", yLabel: \"True\")")
        for text in ["1", "2", "3", "4", "a", "b", "Predicted", "True", "Grid"] { XCTAssertTrue(svg.texts.contains { $0 == text || $0 == "↑ " + text || $0 == text + " →" }, "\(text) in \(svg.texts)") }
    }

    func testMismatchedLengthsEmptyDataAndNaNAreLocatedErrors() throws {
        let mismatch = try failure("let c = LineChart(x: [1, 2, 3], y: [1, 2])")
        XCTAssertEqual(mismatch.message, "y has 2 values but x has 3")
        XCTAssertEqual(mismatch.location?.line, 1)
        XCTAssertEqual(mismatch.location?.column, 9)
        XCTAssertEqual(try failure("BarChart(labels: [\"a\"], values: [1, 2])").message, "values has 2 values but labels has 1")
        XCTAssertEqual(try failure("ScatterChart(x: [], y: [])").message, "x is empty: a chart needs at least one value")
        let nan = try failure("""
        let e = Evaluation(labels: [0], predictions: [0], classes: 2)
        LineChart(x: [1, 2], y: [0.5, e.loss])
        """)
        XCTAssertEqual(nan.message, "y[1] is nan: a chart can only draw finite numbers")
        XCTAssertEqual(nan.location?.line, 2)
        XCTAssertEqual(try failure("Heatmap([[1, 2], [3]])").message, "row 1 of the heatmap has 1 value but row 0 has 2")
        XCTAssertEqual(try failure("LineChart(x: [1, 2], series: [(\"a\", [1, 2]), (\"b\", [1])])").message, "series \"b\" has 1 value but x has 2")
        XCTAssertEqual(try failure("Histogram(values: [1, 2], bins: 0)").message, "bins must be 1...10000, got 0")
    }
}
