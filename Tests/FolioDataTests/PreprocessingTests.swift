import XCTest
@testable import FolioData

final class PreprocessingTests: XCTestCase {
    /// `perClass[k]` images of class k, 2 × 2 each, pixel values i, i+1, i+2, i+3 for image i.
    func makeSet(_ perClass: [Int]) throws -> Dataset {
        let labels = perClass.enumerated().flatMap { k, n in [Int](repeating: k, count: n) }
        let pixels = labels.indices.flatMap { i in (0..<4).map { Float(i + $0) } }
        return try Dataset(pixels: pixels, labels: labels, imageShape: [2, 2])
    }

    func testStratifiedSplitKeepsExactClassProportions() throws {
        let data = try makeSet([10, 20, 30, 40])
        let (train, test) = try data.split(test: 0.2, stratified: true, seed: 7)
        XCTAssertEqual(test.classCounts().prefix(4).map(\.count), [2, 4, 6, 8])
        XCTAssertEqual(train.classCounts().prefix(4).map(\.count), [8, 16, 24, 32])
        // Every image lands in exactly one half, with its own label.
        let firstPixels = (train.pixels + test.pixels).enumerated().filter { $0.offset % 4 == 0 }.map { Int($0.element) }
        XCTAssertEqual(firstPixels.sorted(), Array(0..<100))
        for i in 0..<test.count {
            XCTAssertEqual(test.labels[i], data.labels[Int(try test.image(at: i)[0])])
        }
    }

    func testSplitIsDeterministicAndSeedDependent() throws {
        let data = try makeSet([30, 30])
        let a = try data.split(test: 0.25, stratified: false, seed: 1)
        let b = try data.split(test: 0.25, stratified: false, seed: 1)
        let c = try data.split(test: 0.25, stratified: false, seed: 2)
        XCTAssertEqual(a.test.count, 15)
        XCTAssertEqual(a.train.count, 45)
        XCTAssertEqual(a.test.pixels, b.test.pixels)
        XCTAssertNotEqual(a.test.pixels, c.test.pixels)
    }

    func testSplitRejectsBadFractions() throws {
        let data = try makeSet([3])
        assertDataError(try data.split(test: 1.5, stratified: true, seed: 0), contains: ["between 0 and 1", "1.5"])
        assertDataError(try data.split(test: 0.01, stratified: false, seed: 0), contains: ["0 for testing"])
    }

    func testShuffledAndPrefixAreViews() throws {
        let data = try makeSet([5, 5])
        let shuffled = data.shuffled(seed: 3)
        XCTAssertEqual(shuffled.count, 10)
        XCTAssertNotEqual(shuffled.labels, data.labels)
        XCTAssertEqual(shuffled.labels.sorted(), data.labels)
        XCTAssertEqual(data.shuffled(seed: 3).pixels, shuffled.pixels)
        let first = try shuffled.prefix(3)
        XCTAssertEqual(first.count, 3)
        XCTAssertEqual(first.pixels, Array(shuffled.pixels.prefix(12)))
        XCTAssertEqual(try data.prefix(100).count, 10)
        assertDataError(try data.prefix(-1), contains: ["≥ 0"])
        XCTAssertEqual(try first.batch([2, 0]), Array(shuffled.pixels[8..<12]) + Array(shuffled.pixels[0..<4]))
        assertDataError(try first.batch([3]), contains: ["index 3", "3 images"])
    }

    func testNormalizedDividesByPixelMaximum() throws {
        let raw = try Dataset(pixels: [0, 51, 255, 102], labels: [1], imageShape: [2, 2])
        let normalized = raw.normalized()
        XCTAssertEqual(normalized.pixels, [0, 0.2, 1, 0.4])
        XCTAssertEqual(normalized.pixelMaximum, 1)
        let deep = try Dataset(pixels: [65535, 0], labels: [0], imageShape: [2], pixelMaximum: 65535)
        XCTAssertEqual(deep.normalized().pixels, [1, 0])
    }

    func testStandardizedGlobalAndPerPixelAndLikeTraining() throws {
        let train = try Dataset(pixels: [0, 10, 20, 30, 40, 50, 60, 70], labels: [0, 1], imageShape: [2, 2])
        let standardized = train.standardized()
        let summary = standardized.summary()
        XCTAssertEqual(summary.mean, 0, accuracy: 1e-5)
        XCTAssertEqual(summary.standardDeviation, 1, accuracy: 1e-5)
        let perPixel = train.standardized(perPixel: true)
        XCTAssertEqual(perPixel.pixels, [-1, -1, -1, -1, 1, 1, 1, 1])

        // The test set uses the training statistics (mean 35, std √525), not its own.
        let test = try Dataset(pixels: [35, 35, 35, 35], labels: [0], imageShape: [2, 2])
        XCTAssertEqual(try test.standardized(like: train).pixels, [0, 0, 0, 0])
        // A raw test set standardized like a normalized training set is brought to its scale first.
        let normalizedTrain = train.normalized()
        let viaNormalized = try test.standardized(like: normalizedTrain).pixels
        for v in viaNormalized { XCTAssertEqual(v, 0, accuracy: 1e-5) }
        assertDataError(try test.flattened().standardized(like: try Dataset(pixels: [1, 2], labels: [0], imageShape: [2]), perPixel: true),
                        contains: ["same shape"])
    }

    func testStandardizedUsingSavedStatistics() throws {
        let data = try Dataset(pixels: [10, 20, 30, 40], labels: [0], imageShape: [2, 2])
        let statistics = Dataset.Standardization(mean: [20], standardDeviation: [10])
        XCTAssertEqual(try data.standardized(using: statistics).pixels, [-1, 0, 1, 2])
        assertDataError(try data.standardized(using: .init(mean: [1, 2], standardDeviation: [1, 1])), contains: ["2 means"])
        assertDataError(try data.standardized(using: .init(mean: [1], standardDeviation: [0])), contains: ["positive deviation"])
    }

    func testFlattenedSharesPixelsAndChangesShape() throws {
        let data = try makeSet([2])
        let flat = data.flattened()
        XCTAssertEqual(flat.imageShape, [4])
        XCTAssertEqual(flat.pixels, data.pixels)
        XCTAssertFalse(flat.isSpatial)
        assertDataError(try flat.resized(to: [4, 4]), contains: ["flattened", "before flattened()"])
    }

    func testResizedAreaAveragesWhenShrinkingAndInterpolatesWhenGrowing() throws {
        // 4 × 4 of 2 × 2 blocks with values 0, 4, 8, 12 → 2 × 2 block means.
        var pixels = [Float](repeating: 0, count: 16)
        for y in 0..<4 { for x in 0..<4 { pixels[y * 4 + x] = Float((y / 2) * 8 + (x / 2) * 4) } }
        let data = try Dataset(pixels: pixels, labels: [0], imageShape: [4, 4])
        XCTAssertEqual(try data.resized(to: [2, 2]).pixels, [0, 4, 8, 12])
        let grown = try Dataset(pixels: [0, 10], labels: [0], imageShape: [1, 2]).resized(to: [1, 4])
        XCTAssertEqual(grown.pixels, [0, 2.5, 7.5, 10])
        XCTAssertEqual(grown.imageShape, [1, 4, 1])
        assertDataError(try data.resized(to: [0, 3]), contains: ["[height, width]"])
    }

    func testAugmentationIsDeterministicAndKeepsOriginals() throws {
        let data = try makeSet([3, 3]).resized(to: [8, 8])
        let a = try data.augmented(shift: 2, rotate: 15, zoom: 0.1, copies: 2, seed: 11)
        let b = try data.augmented(shift: 2, rotate: 15, zoom: 0.1, copies: 2, seed: 11)
        let c = try data.augmented(shift: 2, rotate: 15, zoom: 0.1, copies: 2, seed: 12)
        XCTAssertEqual(a.count, 18)
        XCTAssertEqual(a.labels, data.labels + data.labels + data.labels)
        XCTAssertEqual(Array(a.pixels.prefix(data.pixels.count)), data.pixels, "the originals come first, unchanged")
        XCTAssertEqual(a.pixels, b.pixels, "same seed, same images")
        XCTAssertNotEqual(a.pixels, c.pixels, "another seed, other images")
        XCTAssertNotEqual(Array(a.pixels[data.pixels.count...].prefix(64)), Array(data.pixels.prefix(64)))
    }

    func testIdentityAugmentationAndShiftMovesInk() throws {
        var pixels = [Float](repeating: 0, count: 100)
        pixels[5 * 10 + 5] = 255
        let dot = try Dataset(pixels: pixels, labels: [4], imageShape: [10, 10])
        let same = try dot.augmented(shift: 0, rotate: 0, zoom: 0, copies: 1, seed: 0)
        XCTAssertEqual(Array(same.pixels[100...]), pixels)
        let moved = try dot.augmented(shift: 3, rotate: 0, zoom: 0, copies: 1, seed: 5)
        let copy = Array(moved.pixels[100...])
        XCTAssertEqual(copy.reduce(0, +), 255, accuracy: 1, "a shift moves the ink without losing it")
        XCTAssertLessThan(copy[55], 255)
        assertDataError(try dot.augmented(shift: 1, rotate: 200, zoom: 0, copies: 1, seed: 0), contains: ["rotate", "0...180"])
        assertDataError(try dot.augmented(shift: 1, rotate: 0, zoom: 1.5, copies: 1, seed: 0), contains: ["zoom"])
    }

    func testFlipMirrorsARandomHalfAndLeavesTheOtherWarpsAsTheyWere() throws {
        // 3×2 images with two channels: row y, column x, channel c holds 100y + 10x + c.
        var image: [Float] = [], mirrored: [Float] = []
        for y in 0..<2 {
            for x in 0..<3 {
                for c in 0..<2 {
                    image.append(Float(100 * y + 10 * x + c))
                    mirrored.append(Float(100 * y + 10 * (2 - x) + c))
                }
            }
        }
        let count = 200
        var pixels: [Float] = Array(repeatElement(image, count: count).joined())
        try ImageAugmentation(shift: 0, rotate: 0, zoom: 0, flip: true)
            .apply(to: &pixels, count: count, height: 2, width: 3, channels: 2, fill: 0, seed: 9)
        let images: [[Float]] = (0..<count).map { (n: Int) -> [Float] in Array(pixels[n * 12..<(n + 1) * 12]) }
        let flipped = images.filter { $0 == mirrored }.count
        XCTAssertEqual(images.filter { $0 == image }.count + flipped, count, "each image is itself or its mirror")
        XCTAssertTrue((70...130).contains(flipped), "about half are mirrored, got \(flipped)")
        var again: [Float] = Array(repeatElement(image, count: count).joined())
        try ImageAugmentation(shift: 0, rotate: 0, zoom: 0, flip: true)
            .apply(to: &again, count: count, height: 2, width: 3, channels: 2, fill: 0, seed: 9)
        XCTAssertEqual(again, pixels, "the same seed mirrors the same images")
        // With flip on, every image gets the warp it gets without: itself or its mirror.
        let side = 8
        let ink: [Float] = (0..<side * side).map { (i: Int) -> Float in Float((i * 37) % 11) }
        var plain: [Float] = Array(repeatElement(ink, count: 20).joined())
        var flippable = plain
        try ImageAugmentation(shift: 2, rotate: 10, zoom: 0.1).apply(to: &plain, count: 20, height: side, width: side, channels: 1, fill: 0, seed: 4)
        try ImageAugmentation(shift: 2, rotate: 10, zoom: 0.1, flip: true)
            .apply(to: &flippable, count: 20, height: side, width: side, channels: 1, fill: 0, seed: 4)
        var mirroredCount = 0
        for n in 0..<20 {
            let warped = Array(plain[n * side * side..<(n + 1) * side * side])
            let got = Array(flippable[n * side * side..<(n + 1) * side * side])
            var mirror: [Float] = []
            for y in 0..<side {
                for x in 0..<side { mirror.append(warped[y * side + side - 1 - x]) }
            }
            XCTAssertTrue(got == warped || got == mirror, "image \(n)")
            if got != warped { mirroredCount += 1 }
        }
        XCTAssertGreaterThan(mirroredCount, 0)
    }

    func testInitializerValidates() {
        assertDataError(try Dataset(pixels: [1, 2, 3], labels: [0], imageShape: [2, 2]), contains: ["3 pixel values", "4 values needed"])
        assertDataError(try Dataset(pixels: [1, 2, 3, 4], labels: [12], imageShape: [2, 2], classNames: ["a", "b"]), contains: ["label 12"])
        assertDataError(try Dataset(pixels: [], labels: [], imageShape: [0, 2]), contains: ["positive sizes"])
    }
}
