import XCTest
@testable import FolioCharts

final class EscapingTests: XCTestCase {
    let nasty = "a < b & \"c\" 'd' >"

    func testEscapeReplacesMarkupCharactersAndDropsControlCharacters() {
        XCTAssertEqual(XMLEscaping.escape(nasty), "a &lt; b &amp; &quot;c&quot; &#39;d&#39; &gt;")
        XCTAssertEqual(XMLEscaping.escape("x\u{0}y\u{1B}z"), "xyz")
        XCTAssertEqual(XMLEscaping.escape("é → ü"), "é → ü")
    }

    func testEveryUserStringIsEscapedInEveryChartKind() {
        let charts: [SVGChart] = [
            LineChart(title: nasty, xLabel: nasty, yLabel: nasty, series: [.init(name: nasty, values: [1, 2, 3])]),
            LineChart.sideBySide(title: nasty, [LineChart(title: nasty, series: [.init(name: nasty, values: [1, 2])])]),
            BarChart(title: nasty, categories: [nasty, "b"], values: [1, 2], categoryLabel: nasty, valueLabel: nasty),
            BarChart(title: nasty, categories: [nasty], values: [1], orientation: .horizontal),
            Heatmap(title: nasty, values: [[1, 2], [3, 4]], rowLabels: [nasty, "r"], columnLabels: ["c", nasty],
                    annotations: [[nasty, ""], ["", ""]], rowTitle: nasty, columnTitle: nasty),
            Histogram(title: nasty, binEdges: [0, 1, 2], counts: [3, 4], xLabel: nasty, yLabel: nasty),
            ImageGrid(title: nasty, images: [.init(width: 2, height: 2, pixels: [0, 1, 1, 0], caption: nasty)]),
        ]
        for chart in charts {
            let svg = chart.svg()
            let check = XMLCheck.parse(svg)
            XCTAssertTrue(check.isWellFormed, "\(type(of: chart)): \(String(describing: check.error))")
            XCTAssertEqual(check.texts["title"]?.first, nasty)
            XCTAssertFalse(svg.contains("a < b"), "\(type(of: chart))")
            XCTAssertFalse(svg.contains("\"c\""), "\(type(of: chart))")
            let visible = (check.texts["text"] ?? []).filter { $0.contains("a < b & \"c\"") }
            XCTAssertFalse(visible.isEmpty, "\(type(of: chart)) shows the string, unescaped once parsed")
        }
    }
}
