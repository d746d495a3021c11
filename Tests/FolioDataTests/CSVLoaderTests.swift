import XCTest
@testable import FolioData

final class CSVLoaderTests: XCTestCase {
    /// Three 2×2 images with labels 1, 0, 2.
    /// The first pixel is 0 everywhere, as MNIST's corner pixels are.
    let pixelRows = [["0", "10", "20", "30"], ["0", "255", "1", "2"], ["0", "6", "7", "8"]]
    let labels = ["1", "0", "2"]

    func kaggle() -> String {
        "label,pixel0,pixel1,pixel2,pixel3\n" + zip(labels, pixelRows).map { ([$0] + $1).joined(separator: ",") + "\n" }.joined()
    }

    func testKaggleLayoutWithHeaderByNameAndAutomatically() throws {
        let fixtures = try Fixtures()
        let path = try fixtures.write("train.csv", text: kaggle())
        for column in [LabelColumn.name("label"), .automatic, .index(0)] {
            let data = try Dataset.csv(path, labelColumn: column, imageShape: [2, 2])
            XCTAssertEqual(data.count, 3)
            XCTAssertEqual(data.labels, [1, 0, 2])
            XCTAssertEqual(data.imageShape, [2, 2, 1])
            XCTAssertEqual(data.pixels, [0, 10, 20, 30, 0, 255, 1, 2, 0, 6, 7, 8])
            XCTAssertEqual(data.classNames, (0..<10).map(String.init))
        }
    }

    func testMnistTrainLayoutWithoutHeaderAndWindowsLineEnds() throws {
        let fixtures = try Fixtures()
        let text = zip(labels, pixelRows).map { ([$0] + $1).joined(separator: ",") + "\r\n" }.joined()
        let path = try fixtures.write("mnist_train.csv", text: text)
        let data = try Dataset.csv(path, labelColumn: 0)
        XCTAssertEqual(data.labels, [1, 0, 2])
        XCTAssertEqual(data.imageShape, [2, 2, 1], "4 pixels make a square 2×2 image")
        XCTAssertEqual(try data.image(at: 1), [0, 255, 1, 2])
    }

    func testMlxtendLayoutGzippedLabelLast() throws {
        let fixtures = try Fixtures()
        let text = zip(labels, pixelRows).map { ($1 + [$0]).joined(separator: ",") + "\n" }.joined()
        let path = try fixtures.write("mnist_5k.csv.gz", bytes: try Gzip.deflate(Array(text.utf8)))
        for column in [LabelColumn.index(-1), .index(4), .automatic] {
            let data = try Dataset.csv(path, labelColumn: column, imageShape: [2, 2])
            XCTAssertEqual(data.labels, [1, 0, 2])
            XCTAssertEqual(data.pixels.prefix(4), [0, 10, 20, 30])
        }
    }

    func testBrokenAndMultiMemberGzipCSV() throws {
        let fixtures = try Fixtures()
        let rows = (0..<400).map { "\($0 % 10),\($0 % 256),0,7,\(255 - $0 % 256)\n" }.joined()
        let packed = try Gzip.deflate(Array(rows.utf8))
        let cut = try fixtures.write("cut.csv.gz", bytes: Array(packed.prefix(packed.count - 20)))
        assertDataError(try Dataset.csv(cut, labelColumn: 0), contains: ["cut.csv.gz", "truncated", "byte \(packed.count - 20)"])
        var damaged = packed
        for i in 12..<30 { damaged[i] = ~damaged[i] }
        let corrupt = try fixtures.write("corrupt.csv.gz", bytes: damaged)
        assertDataError(try Dataset.csv(corrupt, labelColumn: 0), contains: ["corrupt.csv.gz", "corrupt at byte"])
        let half = rows.count / 2
        let split = rows.index(rows.startIndex, offsetBy: half)
        let two = try Gzip.deflate(Array(rows[..<split].utf8)) + Gzip.deflate(Array(rows[split...].utf8))
        let joined = try Dataset.csv(try fixtures.write("two.csv.gz", bytes: two), labelColumn: 0)
        XCTAssertEqual(joined.count, 400)
    }

    func testTextLabelsBecomeClassNames() throws {
        let fixtures = try Fixtures()
        let path = try fixtures.write("pets.csv", text: "a,b,kind\n1,2,dog\n3,4,cat\n5,6.5,dog\n")
        let data = try Dataset.csv(path, labelColumn: "kind")
        XCTAssertEqual(data.classNames, ["cat", "dog"])
        XCTAssertEqual(data.labels, [1, 0, 1])
        XCTAssertEqual(data.imageShape, [2], "2 pixels are not a square: a flat vector")
        XCTAssertEqual(data.pixels, [1, 2, 3, 4, 5, 6.5])
    }

    func testTextLabelsWithoutHeaderAreData() throws {
        let fixtures = try Fixtures()
        let path = try fixtures.write("pets-plain.csv", text: "1,2,dog\n3,4,cat\n")
        let data = try Dataset.csv(path, labelColumn: -1)
        XCTAssertEqual(data.count, 2, "the first row is data, not a header")
        XCTAssertEqual(data.classNames, ["cat", "dog"])
        XCTAssertEqual(data.labels, [1, 0])
    }

    func testAbsentLabelsForKaggleTestFile() throws {
        let fixtures = try Fixtures()
        let path = try fixtures.write("test.csv", text: "pixel0,pixel1,pixel2,pixel3\n1,2,3,4\n")
        let data = try Dataset.csv(path, labelColumn: .absent)
        XCTAssertEqual(data.labels, [0])
        XCTAssertEqual(data.pixels, [1, 2, 3, 4])
    }

    func testAKaggleTestFileWithoutALabelColumnLoadsUnlabelled() throws {
        let fixtures = try Fixtures()
        let header = (0..<4).map { "pixel\($0)" }.joined(separator: ",") + "\n"
        let path = try fixtures.write("test.csv", text: header + pixelRows.map { $0.joined(separator: ",") + "\n" }.joined())
        for data in [try Dataset.csv(path), try Dataset.csv(path, imageShape: [2, 2])] {
            XCTAssertFalse(data.isLabelled)
            XCTAssertEqual(data.count, 3)
            XCTAssertEqual(data.imageShape, [2, 2, 1])
            XCTAssertEqual(data.pixels, [0, 10, 20, 30, 0, 255, 1, 2, 0, 6, 7, 8])
            assertDataError(try data.requireLabels(for: "evaluate"), contains: ["evaluate needs labelled images", "test.csv has no labels"])
            assertDataError(try data.split(test: 0.5), contains: ["stratified"])
            XCTAssertFalse(try data.split(test: 0.4, stratified: false).train.isLabelled)
        }
        // Without a header, only an image shape that takes every column says there is no label.
        let plain = try fixtures.write("plain.csv", text: pixelRows.map { $0.joined(separator: ",") + "\n" }.joined())
        XCTAssertFalse(try Dataset.csv(plain, imageShape: [2, 2]).isLabelled)
        XCTAssertTrue(try Dataset.csv(try fixtures.write("train.csv", text: kaggle())).isLabelled, "a label column is still found by name")
    }

    func testAHeaderWithoutALabelAndNoSquareOfPixelsStillAsksForTheColumn() throws {
        let fixtures = try Fixtures()
        let path = try fixtures.write("odd.csv", text: "a,b,c\n1,2,3\n")
        assertDataError(try Dataset.csv(path), contains: ["no column named label", "an imageShape: that takes all 3 columns"])
        XCTAssertFalse(try Dataset.csv(path, imageShape: [3]).isLabelled)
    }

    func testRaggedRow() throws {
        let fixtures = try Fixtures()
        let path = try fixtures.write("ragged.csv", text: "1,0,0,0,0\n2,0,0,0\n")
        assertDataError(try Dataset.csv(path, labelColumn: 0), contains: ["ragged.csv", "line 2", "4 cells", "has 5"])
        let long = try fixtures.write("long.csv", text: "1,0,0,0,0\n2,0,0,0,0,9\n")
        assertDataError(try Dataset.csv(long, labelColumn: 0), contains: ["long.csv", "line 2", "6 cells"])
    }

    func testNonNumericCell() throws {
        let fixtures = try Fixtures()
        let path = try fixtures.write("bad.csv", text: "label,pixel0,pixel1\n1,0,0\n2,0,x7\n")
        assertDataError(try Dataset.csv(path), contains: ["bad.csv", "line 3", "column 3", "pixel1", "'x7' is not a number"])
    }

    func testEmptyCell() throws {
        let fixtures = try Fixtures()
        let path = try fixtures.write("hole.csv", text: "1,0,,0,0\n")
        assertDataError(try Dataset.csv(path, labelColumn: 0), contains: ["hole.csv", "line 1", "column 3", "empty"])
    }

    func testPixelOutOfRange() throws {
        let fixtures = try Fixtures()
        let path = try fixtures.write("range.csv", text: "1,0,0,0,0\n2,0,256,0,0\n")
        assertDataError(try Dataset.csv(path, labelColumn: 0), contains: ["range.csv", "line 2", "column 3", "256", "0...255"])
        let negative = try fixtures.write("negative.csv", text: "1,0,-3,0,0\n")
        assertDataError(try Dataset.csv(negative, labelColumn: 0), contains: ["negative.csv", "-3"])
    }

    func testWrongImageShapeAndUnknownColumn() throws {
        let fixtures = try Fixtures()
        let path = try fixtures.write("train.csv", text: kaggle())
        assertDataError(try Dataset.csv(path, labelColumn: "label", imageShape: [3, 3]), contains: ["imageShape [3, 3]", "9 pixel columns", "4"])
        assertDataError(try Dataset.csv(path, labelColumn: "digit"), contains: ["no column named 'digit'", "label, pixel0"])
        assertDataError(try Dataset.csv(path, labelColumn: 9), contains: ["labelColumn 9", "5 columns"])
    }

    func testNameNeedsHeaderAndAmbiguousLayoutAsksForColumn() throws {
        let fixtures = try Fixtures()
        let path = try fixtures.write("plain.csv", text: "1,0,0,0,3\n2,0,0,0,4\n")
        assertDataError(try Dataset.csv(path, labelColumn: "label"), contains: ["no header row", "-1"])
        assertDataError(try Dataset.csv(path), contains: ["cannot tell which column", "labelColumn: 0"])
    }

    func testLabelOnlyFileIsRefused() throws {
        let fixtures = try Fixtures()
        let path = try fixtures.write("labels.csv", text: "label\n1\n2\n")
        assertDataError(try Dataset.csv(path), contains: ["labels.csv", "no pixel columns"])
    }

    func testHugeLabelIsRefused() throws {
        let fixtures = try Fixtures()
        let path = try fixtures.write("huge.csv", text: "1,0\n900000000,0\n")
        assertDataError(try Dataset.csv(path, labelColumn: 0), contains: ["huge.csv", "900000000", "too large"])
    }

    func testEmptyFileAndHeaderOnly() throws {
        let fixtures = try Fixtures()
        assertDataError(try Dataset.csv(try fixtures.write("empty.csv", text: "")), contains: ["empty.csv", "empty"])
        assertDataError(try Dataset.csv(try fixtures.write("head.csv", text: "label,p\n")), contains: ["head.csv", "no data rows"])
        assertDataError(try Dataset.csv(fixtures.path("missing.csv")), contains: ["missing.csv", "no such file"])
    }

    func testDecimalAndExponentCells() throws {
        let fixtures = try Fixtures()
        let path = try fixtures.write("floats.csv", text: "label,a,b,c,d\n3,0.5,1e2,\"7\", 2 \n")
        let data = try Dataset.csv(path)
        XCTAssertEqual(data.pixels, [0.5, 100, 7, 2])
        XCTAssertEqual(data.labels, [3])
    }
}
