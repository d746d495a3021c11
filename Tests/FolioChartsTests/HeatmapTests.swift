import XCTest
@testable import FolioCharts

final class HeatmapTests: XCTestCase {
    func testConfusionMatrixAnnotatesEveryCellInRowOrder() {
        let heatmap = Heatmap.confusionMatrix([[5, 1], [0, 1200]], classNames: ["cat", "dog"])
        let check = XMLCheck.parse(heatmap.svg())
        XCTAssertTrue(check.isWellFormed)
        let texts = check.texts["text"] ?? []
        // The four annotations come first among the texts after the title, in row-major order.
        let annotations = texts.filter { ["5", "1", "0", "1,200"].contains($0) }
        XCTAssertEqual(annotations, ["5", "1", "0", "1,200"])
        XCTAssertEqual(heatmap.annotation(row: 1, column: 1), "1,200")
        XCTAssertTrue(texts.contains("True label"))
        XCTAssertTrue(texts.contains("Predicted label"))
    }

    func testDarkestCellsGetWhiteTextAndLightOnesThePageColour() {
        let heatmap = Heatmap(title: "t", values: [[0, 10], [100, 50]], rowLabels: ["a", "b"], columnLabels: ["x", "y"])
        let check = XMLCheck.parse(heatmap.svg())
        let texts = check.attributes(of: "text")
        let allTexts = zip(check.attributes(of: "text"), check.texts["text"] ?? [])
        let white = allTexts.filter { $0.0["fill"] == "#ffffff" }.map(\.1)
        XCTAssertEqual(white, ["100"])
        XCTAssertGreaterThan(texts.count, 4)
        // Opacity follows the value: 50 of 100 on a linear scale.
        let fills = check.attributes(of: "rect").compactMap { $0["fill-opacity"] }
        XCTAssertTrue(fills.contains("0.5"))
        XCTAssertTrue(fills.contains("1"))
    }

    func testNormalizedConfusionMatrixShowsRowPercentages() {
        let heatmap = Heatmap.confusionMatrix([[3, 1], [0, 0]], classNames: ["a", "b"], normalizedByRow: true)
        XCTAssertEqual(heatmap.annotation(row: 0, column: 0), "75%")
        XCTAssertEqual(heatmap.annotation(row: 0, column: 1), "25%")
        XCTAssertEqual(heatmap.annotation(row: 1, column: 1), "0%")
    }

    func testMistakesAreShadedOnTheirOwnScaleInTheAccentColour() {
        let heatmap = Heatmap.confusionMatrix([[900, 4], [2, 800]], classNames: ["a", "b"])
        let rects = XMLCheck.parse(heatmap.svg()).attributes(of: "rect")
        let accent = rects.filter { $0["fill"] == ChartPalette.vermillion }.compactMap { $0["fill-opacity"] }
        XCTAssertEqual(accent, ["0.7", "0.35"])
    }

    func testCustomAnnotationsAndRaggedRowsAreSafe() {
        let heatmap = Heatmap(title: "t", values: [[1], [2, 3]], rowLabels: ["a"], columnLabels: ["x", "y"],
                              annotations: [["one"]])
        XCTAssertEqual(heatmap.annotation(row: 0, column: 0), "one")
        XCTAssertEqual(heatmap.annotation(row: 1, column: 1), "")
        XCTAssertTrue(XMLCheck.parse(heatmap.svg()).isWellFormed)
    }
}

extension HeatmapTests {
    func testLargeConfusionMatricesLeaveZeroCellsBlank() {
        let small = Heatmap.confusionMatrix([[1, 0], [0, 1]], classNames: ["a", "b"])
        XCTAssertEqual(small.annotation(row: 0, column: 1), "0")
        let names = (0..<13).map(String.init)
        let identity = (0..<13).map { row in (0..<13).map { $0 == row ? 5 : 0 } }
        let large = Heatmap.confusionMatrix(identity, classNames: names)
        XCTAssertEqual(large.annotation(row: 0, column: 1), "")
        XCTAssertEqual(large.annotation(row: 3, column: 3), "5")
    }
}
