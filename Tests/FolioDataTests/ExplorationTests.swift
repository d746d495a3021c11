import XCTest
@testable import FolioData

final class ExplorationTests: XCTestCase {
    let data: Dataset = {
        // Four 1 × 2 images: class 0 twice, class 2 twice.
        (try? Dataset(pixels: [0, 255, 10, 20, 100, 100, 50, 150], labels: [0, 0, 2, 2], imageShape: [1, 2])) ?? Dataset(
            storage: [], rows: nil, labels: [], imageShape: [1], classNames: [], source: "", pixelMaximum: 1)
    }()

    func testSummary() {
        let summary = data.summary()
        XCTAssertEqual(summary.count, 4)
        XCTAssertEqual(summary.imageShape, [1, 2, 1])
        XCTAssertEqual(summary.minimum, 0)
        XCTAssertEqual(summary.maximum, 255)
        XCTAssertEqual(summary.mean, 85.625, accuracy: 1e-9)
        XCTAssertEqual(summary.classCount, 10)
        XCTAssertEqual(summary.classesPresent, 2)
        XCTAssertTrue(summary.rows.contains { $0.0 == "classes" && $0.1 == "2 of 10" })
    }

    func testClassCountsListEveryClass() {
        let counts = data.classCounts()
        XCTAssertEqual(counts.count, 10)
        XCTAssertEqual(counts[0].className, "0")
        XCTAssertEqual(counts[0].count, 2)
        XCTAssertEqual(counts[1].count, 0)
        XCTAssertEqual(counts[2].count, 2)
    }

    func testPixelHistogram() throws {
        let bins = try data.pixelHistogram(bins: 5)
        XCTAssertEqual(bins.count, 5)
        XCTAssertEqual(bins[0].lower, 0)
        XCTAssertEqual(bins[4].upper, 255)
        XCTAssertEqual(bins.map(\.count), [4, 2, 1, 0, 1])
        assertDataError(try data.pixelHistogram(bins: 0), contains: ["bins"])
    }

    func testMeanImagesPerPresentClass() {
        let means = data.meanImages()
        XCTAssertEqual(means.map(\.className), ["0", "2"])
        XCTAssertEqual(means[0].pixels, [5, 137.5])
        XCTAssertEqual(means[1].pixels, [75, 125])
        XCTAssertEqual(means[1].shape, [1, 2, 1])
    }

    func testSamplesAreSeededAndDistinct() throws {
        let a = try data.samples(3, seed: 4)
        XCTAssertEqual(a.count, 3)
        XCTAssertEqual(Set(a.map(\.index)).count, 3)
        XCTAssertEqual(a.map(\.index), try data.samples(3, seed: 4).map(\.index))
        for sample in a {
            XCTAssertEqual(sample.label, data.labels[sample.index])
            XCTAssertEqual(sample.pixels, try data.image(at: sample.index))
        }
        XCTAssertEqual(try data.samples(50, seed: 0).count, 4)
    }
}
