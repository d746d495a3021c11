import XCTest
@testable import FolioCharts

final class ImageGridTests: XCTestCase {
    /// Sums the widths of the "M x y h n v1 h-n z" runs in a path.
    private func runPixels(_ path: String) -> Int {
        path.split(separator: "z").reduce(0) { total, run in
            guard let h = run.firstIndex(of: "h"), let v = run.firstIndex(of: "v") else { return total }
            return total + (Int(run[run.index(after: h)..<v]) ?? 0)
        }
    }

    func testEveryInkedPixelIsDrawnExactlyOnce() throws {
        let pixels = ChartSamples.syntheticDigit(4)
        let grid = ImageGrid(title: "one", images: [.init(width: 28, height: 28, pixels: pixels, caption: "4")])
        let inked = grid.quantized(grid.images[0]).filter { $0 > 0 }.count
        XCTAssertGreaterThan(inked, 50)
        let paths = XMLCheck.parse(grid.svg()).attributes(of: "path").compactMap { $0["d"] }
        XCTAssertEqual(paths.map(runPixels).reduce(0, +), inked)
    }

    func testRunsMergeEqualNeighboursAndLevelsMapToOpacity() {
        // Row 0: 0 255 255; row 1: 128 0 255 (range 0...255, 2 levels -> ink or not... use 3 levels).
        let image = ImageGrid.Image(width: 3, height: 2, pixels: [0, 255, 255, 128, 0, 255])
        let grid = ImageGrid(title: "", images: [image], intensity: .range(0...255), levels: 3)
        XCTAssertEqual(grid.quantized(image), [0, 2, 2, 1, 0, 2])
        let paths = grid.paths(image)
        XCTAssertEqual(paths.map(\.level), [1, 2])
        XCTAssertEqual(paths.first?.path, "M0 1h1v1h-1z")
        XCTAssertEqual(paths.last?.path, "M1 0h2v1h-2zM2 1h1v1h-1z")
        let attributes = XMLCheck.parse(grid.svg()).attributes(of: "path")
        XCTAssertEqual(attributes.first?["fill-opacity"], "0.5")
        XCTAssertNil(attributes.last?["fill-opacity"])
    }

    func testPixelsStayCrispAndWrongPredictionsAreMarked() {
        let grid = ChartSamples.digitGrid()
        let check = XMLCheck.parse(grid.svg())
        XCTAssertTrue(check.isWellFormed)
        let crisp = check.attributes(of: "g").filter { $0["shape-rendering"] == "crispEdges" }
        XCTAssertEqual(crisp.count, 16)
        let marked = check.attributes(of: "g").filter { $0["class"] == "image highlighted" }
        XCTAssertEqual(marked.count, grid.images.filter(\.highlighted).count)
        XCTAssertGreaterThan(marked.count, 0)
        let texts = check.texts["text"] ?? []
        XCTAssertTrue(texts.contains("true 3"))
        XCTAssertTrue(texts.contains("pred 6"))
    }

    func testShortOrOddInputDrawsBackgroundInsteadOfCrashing() {
        let grid = ImageGrid(title: "odd", images: [
            .init(width: 4, height: 4, pixels: [1, 2]),
            .init(width: 2, height: 2, pixels: [.nan, 1, 1, 1]),
            .init(width: 0, height: 3, pixels: []),
            .init(width: 2, height: 2, pixels: [7, 7, 7, 7]),
        ])
        XCTAssertEqual(grid.quantized(grid.images[0]).count, 16)
        XCTAssertEqual(grid.quantized(grid.images[1]), [0, 15, 15, 15])
        XCTAssertEqual(grid.quantized(grid.images[3]), [15, 15, 15, 15])
        XCTAssertTrue(XMLCheck.parse(grid.svg()).isWellFormed)
        XCTAssertTrue(XMLCheck.parse(ImageGrid(title: "empty", images: []).svg()).isWellFormed)
    }
}
