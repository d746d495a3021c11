import XCTest
@testable import FolioData

final class IDXLoaderTests: XCTestCase {
    let images: [[UInt8]] = [[0, 1, 2, 3, 4, 5], [250, 251, 252, 253, 254, 255], [9, 9, 9, 9, 9, 9]]
    let labels: [UInt8] = [7, 0, 3]

    func testRawAndGzipFilesLoad() throws {
        let fixtures = try Fixtures()
        let imageBytes = Fixtures.idxImages(images, height: 2, width: 3)
        let labelBytes = Fixtures.idxLabels(labels)
        let raw = try Dataset.idx(images: try fixtures.write("i.idx", bytes: imageBytes),
                                  labels: try fixtures.write("l.idx", bytes: labelBytes))
        let packed = try Dataset.idx(images: try fixtures.write("i.idx.gz", bytes: Gzip.deflate(imageBytes)),
                                     labels: try fixtures.write("l.idx.gz", bytes: Gzip.deflate(labelBytes)))
        for data in [raw, packed] {
            XCTAssertEqual(data.count, 3)
            XCTAssertEqual(data.imageShape, [2, 3, 1])
            XCTAssertEqual(data.labels, [7, 0, 3])
            XCTAssertEqual(data.pixels, images.flatMap { $0 }.map(Float.init))
            XCTAssertEqual(data.pixelMaximum, 255)
        }
    }

    func testMnistFolderWithStandardNames() throws {
        let fixtures = try Fixtures()
        try fixtures.write("mnist/train-images-idx3-ubyte.gz", bytes: Gzip.deflate(Fixtures.idxImages(images, height: 2, width: 3)))
        try fixtures.write("mnist/train-labels-idx1-ubyte.gz", bytes: Gzip.deflate(Fixtures.idxLabels(labels)))
        try fixtures.write("mnist/t10k-images-idx3-ubyte", bytes: Fixtures.idxImages([images[0]], height: 2, width: 3))
        try fixtures.write("mnist/t10k-labels-idx1-ubyte", bytes: Fixtures.idxLabels([5]))
        let train = try Dataset.mnist(fixtures.path("mnist"), split: .train)
        let test = try Dataset.mnist(fixtures.path("mnist"), split: .test)
        XCTAssertEqual(train.count, 3)
        XCTAssertEqual(test.labels, [5])
        try fixtures.mkdir("empty")
        assertDataError(try Dataset.mnist(fixtures.path("empty"), split: .test), contains: ["empty", "t10k-images-idx3-ubyte"])
    }

    func testWrongMagicNumber() throws {
        let fixtures = try Fixtures()
        var bytes = Fixtures.idxImages(images, height: 2, width: 3)
        bytes[0] = 0x1f
        let imagePath = try fixtures.write("i.idx", bytes: bytes)
        let labelPath = try fixtures.write("l.idx", bytes: Fixtures.idxLabels(labels))
        assertDataError(try Dataset.idx(images: imagePath, labels: labelPath), contains: ["i.idx", "byte 0", "wrong IDX magic number 1f 00 08 03"])
        // A label file given as the image file: right format, wrong number of dimensions.
        assertDataError(try Dataset.idx(images: labelPath, labels: labelPath), contains: ["l.idx", "wrong IDX magic number 00 00 08 01", "00 00 08 03"])
        var floats = Fixtures.idxImages(images, height: 2, width: 3)
        floats[2] = 0x0D
        let floatPath = try fixtures.write("f.idx", bytes: floats)
        assertDataError(try Dataset.idx(images: floatPath, labels: labelPath), contains: ["f.idx", "0x0d", "not supported"])
    }

    func testImageAndLabelCountsDiffer() throws {
        let fixtures = try Fixtures()
        let imagePath = try fixtures.write("i.idx", bytes: Fixtures.idxImages(images, height: 2, width: 3))
        let labelPath = try fixtures.write("l.idx", bytes: Fixtures.idxLabels([1, 2]))
        assertDataError(try Dataset.idx(images: imagePath, labels: labelPath), contains: ["l.idx", "2 labels", "3 images"])
    }

    func testTruncatedDataAndExtraBytes() throws {
        let fixtures = try Fixtures()
        let full = Fixtures.idxImages(images, height: 2, width: 3)
        let labelPath = try fixtures.write("l.idx", bytes: Fixtures.idxLabels(labels))
        let cut = try fixtures.write("cut.idx", bytes: Array(full.dropLast(4)))
        assertDataError(try Dataset.idx(images: cut, labels: labelPath), contains: ["cut.idx", "3 × 2 × 3 = 18 values", "only 14", "truncated"])
        let long = try fixtures.write("long.idx", bytes: full + [1, 2])
        assertDataError(try Dataset.idx(images: long, labels: labelPath), contains: ["long.idx", "byte \(full.count)", "2 unexpected bytes"])
        let header = try fixtures.write("header.idx", bytes: [0, 0, 8, 3, 0, 0])
        assertDataError(try Dataset.idx(images: header, labels: labelPath), contains: ["header.idx", "ends inside the IDX header"])
    }

    func testAbsurdHeaderRejectedBeforeAllocating() throws {
        let fixtures = try Fixtures()
        let absurd = [0, 0, 8, 3] + Fixtures.bigEndian(200_000) + Fixtures.bigEndian(200_000) + Fixtures.bigEndian(200_000) + [1, 2, 3]
        let imagePath = try fixtures.write("absurd.idx", bytes: absurd)
        let labelPath = try fixtures.write("l.idx", bytes: Fixtures.idxLabels(labels))
        assertDataError(try Dataset.idx(images: imagePath, labels: labelPath), contains: ["absurd.idx", "200000", "not a plausible image size"])
        let many = [0, 0, 8, 3] + Fixtures.bigEndian(0x7fff_ffff) + Fixtures.bigEndian(28) + Fixtures.bigEndian(28) + [1, 2, 3]
        let manyPath = try fixtures.write("many.idx", bytes: many)
        assertDataError(try Dataset.idx(images: manyPath, labels: labelPath), contains: ["many.idx", "only 3 follow"])
    }

    func testTruncatedGzipIdx() throws {
        let fixtures = try Fixtures()
        let packed = try Gzip.deflate(Fixtures.idxImages(images, height: 2, width: 3))
        let imagePath = try fixtures.write("i.idx.gz", bytes: Array(packed.dropLast(6)))
        let labelPath = try fixtures.write("l.idx", bytes: Fixtures.idxLabels(labels))
        assertDataError(try Dataset.idx(images: imagePath, labels: labelPath), contains: ["i.idx.gz", "truncated"])
    }
}

final class FashionNamesTests: XCTestCase {
    func testFashionFolderGetsFashionClassNames() throws {
        let fixtures = try Fixtures()
        try fixtures.write("fashion-mnist/t10k-images-idx3-ubyte", bytes: Fixtures.idxImages([[1, 2, 3, 4]], height: 2, width: 2))
        try fixtures.write("fashion-mnist/t10k-labels-idx1-ubyte", bytes: Fixtures.idxLabels([9]))
        let data = try Dataset.mnist(fixtures.path("fashion-mnist"), split: .test)
        XCTAssertEqual(data.classNames[9], "Ankle boot")
        XCTAssertEqual(data.classCounts().last?.className, "Ankle boot")
        XCTAssertTrue(data.description.contains("1 images, 2×2×1, 10 classes"))
        XCTAssertTrue(data.summary().description.contains("image shape  2 × 2 × 1"))
    }
}
