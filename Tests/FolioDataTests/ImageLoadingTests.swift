import XCTest
@testable import FolioData

final class ImageLoadingTests: XCTestCase {
    func testGray8BitPNG() throws {
        let fixtures = try Fixtures()
        let path = try fixtures.write("g.png", bytes: PNGCodec.encode(width: 3, height: 2, channels: 1, samples: [0, 50, 100, 150, 200, 255]))
        let raster = try ImageFile.loadRaster(path)
        XCTAssertEqual(raster.channels, 1)
        XCTAssertEqual(raster.maxValue, 255)
        XCTAssertEqual(raster.samples, [0, 50, 100, 150, 200, 255])
        let gray = try ImageFile.load(path)
        XCTAssertEqual(gray.width, 3)
        XCTAssertEqual(gray.height, 2)
        XCTAssertEqual(gray[2, 1], 1, accuracy: 1e-6)
    }

    func testRGBPNGAndLuminance() throws {
        let fixtures = try Fixtures()
        let path = try fixtures.write("c.png", bytes: PNGCodec.encode(width: 2, height: 1, channels: 3, samples: [255, 0, 0, 0, 0, 255]))
        let raster = try ImageFile.loadRaster(path)
        XCTAssertEqual(raster.channels, 3)
        XCTAssertEqual(raster.samples, [255, 0, 0, 0, 0, 255])
        let gray = raster.gray
        XCTAssertEqual(gray.pixels[0], 0.299, accuracy: 1e-4)
        XCTAssertEqual(gray.pixels[1], 0.114, accuracy: 1e-4)
    }

    func testRGBAIsCompositedOntoWhite() throws {
        let fixtures = try Fixtures()
        // Opaque black, fully transparent black, half-transparent black.
        let samples = [0, 0, 0, 255, 0, 0, 0, 0, 0, 0, 0, 128]
        let path = try fixtures.write("a.png", bytes: PNGCodec.encode(width: 3, height: 1, channels: 4, samples: samples))
        let raster = try ImageFile.loadRaster(path)
        XCTAssertEqual(raster.channels, 3)
        XCTAssertEqual(Array(raster.samples[0..<3]), [0, 0, 0])
        XCTAssertEqual(Array(raster.samples[3..<6]), [255, 255, 255])
        XCTAssertEqual(raster.samples[6], 127, accuracy: 1.5)
    }

    func testSixteenBitGrayPNGKeepsItsValues() throws {
        let fixtures = try Fixtures()
        let values = [0, 1000, 40000, 65535]
        let path = try fixtures.write("deep.png", bytes: PNGCodec.encode(width: 2, height: 2, channels: 1, samples: values, sixteenBit: true))
        let raster = try ImageFile.loadRaster(path)
        XCTAssertEqual(raster.maxValue, 65535)
        for (got, want) in zip(raster.samples, values) { XCTAssertEqual(got, Float(want), accuracy: 1) }
    }

    func testPGMTextAndBinary() throws {
        let fixtures = try Fixtures()
        let text = try fixtures.write("t.pgm", text: "P2\n# a comment\n3 2\n15\n0 5 10\n15 1 2\n")
        let raster = try ImageFile.loadRaster(text)
        XCTAssertEqual(raster.width, 3)
        XCTAssertEqual(raster.samples, [0, 85, 170, 255, 17, 34], "maxval 15 is rescaled to 0...255")
        let binary = try fixtures.write("b.pgm", bytes: Array("P5 2 2 255\n".utf8) + [0, 64, 128, 255])
        XCTAssertEqual(try ImageFile.loadRaster(binary).samples, [0, 64, 128, 255])
        let deep = try fixtures.write("d.pgm", bytes: Array("P5\n1 2\n65535\n".utf8) + [0x01, 0x00, 0xFF, 0xFF])
        let deepRaster = try ImageFile.loadRaster(deep)
        XCTAssertEqual(deepRaster.maxValue, 65535)
        XCTAssertEqual(deepRaster.samples, [256, 65535])
    }

    func testBrokenPGMs() throws {
        let fixtures = try Fixtures()
        let short = try fixtures.write("short.pgm", bytes: Array("P5 4 4 255\n".utf8) + [1, 2, 3])
        assertDataError(try ImageFile.loadRaster(short), contains: ["short.pgm", "truncated", "16 bytes"])
        let over = try fixtures.write("over.pgm", text: "P2 2 1 10 3 11")
        assertDataError(try ImageFile.loadRaster(over), contains: ["over.pgm", "11", "maximum value 10"])
        let huge = try fixtures.write("huge.pgm", text: "P2 30000 30000 255 1 2 3")
        assertDataError(try ImageFile.loadRaster(huge), contains: ["huge.pgm", "not supported"])
        let big = try fixtures.write("big.pgm", text: "P2 4000 4000 255 1 2 3")
        assertDataError(try ImageFile.loadRaster(big), contains: ["big.pgm", "truncated"])
        let words = try fixtures.write("words.pgm", text: "P2 2 x 10")
        assertDataError(try ImageFile.loadRaster(words), contains: ["words.pgm", "height", "'x'"])
    }

    func testUnreadableImages() throws {
        let fixtures = try Fixtures()
        let garbage = try fixtures.write("garbage.png", text: "this is not an image")
        assertDataError(try ImageFile.load(garbage), contains: ["garbage.png", "unreadable image", "not a PNG or PGM"])
        let png = try PNGCodec.encode(width: 8, height: 8, channels: 1, samples: Array(repeating: 9, count: 64))
        let cut = try fixtures.write("cut.png", bytes: Array(png.prefix(40)))
        assertDataError(try ImageFile.load(cut), contains: ["cut.png", "libpng"])
        let empty = try fixtures.write("empty.png", bytes: [])
        assertDataError(try ImageFile.load(empty), contains: ["empty.png", "empty"])
    }

    func testFolderLabelledBySubfolder() throws {
        let fixtures = try Fixtures()
        try fixtures.write("digits/3/a.png", bytes: PNGCodec.encode(width: 2, height: 2, channels: 1, samples: [0, 0, 0, 255]))
        try fixtures.write("digits/3/b.pgm", text: "P2 2 2 255 1 2 3 4")
        try fixtures.write("digits/7/c.png", bytes: PNGCodec.encode(width: 2, height: 2, channels: 1, samples: [9, 9, 9, 9]))
        try fixtures.write("digits/notes.txt", text: "ignored")
        let data = try Dataset.images(fixtures.path("digits"))
        XCTAssertEqual(data.count, 3)
        XCTAssertEqual(data.labels, [3, 3, 7])
        XCTAssertEqual(data.classNames.count, 10)
        XCTAssertEqual(data.imageShape, [2, 2, 1])
        XCTAssertEqual(data.pixels, [0, 0, 0, 255, 1, 2, 3, 4, 9, 9, 9, 9])
    }

    func testFolderLabelledByPrefixWithNamedClassesAndColour() throws {
        let fixtures = try Fixtures()
        try fixtures.write("pets/dog_1.png", bytes: PNGCodec.encode(width: 1, height: 1, channels: 3, samples: [10, 20, 30]))
        try fixtures.write("pets/cat-2.png", bytes: PNGCodec.encode(width: 1, height: 1, channels: 1, samples: [40]))
        let data = try Dataset.images(fixtures.path("pets"))
        XCTAssertEqual(data.classNames, ["cat", "dog"])
        XCTAssertEqual(data.labels, [0, 1], "files are read in sorted order: cat-2, dog_1")
        XCTAssertEqual(data.imageShape, [1, 1, 3], "one colour image makes the set colour")
        XCTAssertEqual(data.pixels, [40, 40, 40, 10, 20, 30])
    }

    func testFolderErrors() throws {
        let fixtures = try Fixtures()
        try fixtures.mkdir("empty")
        try fixtures.write("empty/readme.txt", text: "no images here")
        assertDataError(try Dataset.images(fixtures.path("empty")), contains: ["empty", "no PNG or PGM images"])
        assertDataError(try Dataset.images(fixtures.path("nowhere")), contains: ["nowhere", "no such folder"])
        try fixtures.write("broken/3_ok.pgm", text: "P2 1 1 255 7")
        try fixtures.write("broken/4_bad.png", text: "not a png")
        assertDataError(try Dataset.images(fixtures.path("broken")), contains: ["4_bad.png", "unreadable image"])
        try fixtures.write("unnamed/picture.pgm", text: "P2 1 1 255 7")
        assertDataError(try Dataset.images(fixtures.path("unnamed")), contains: ["picture.pgm", "3_name.png"])
        try fixtures.write("sizes/1_a.pgm", text: "P2 1 1 255 7")
        try fixtures.write("sizes/2_b.pgm", text: "P2 2 1 255 7 7")
        assertDataError(try Dataset.images(fixtures.path("sizes")), contains: ["2_b.pgm", "2 × 1", "1 × 1", "mnistStyle"])
    }

    func testFolderMnistStyleBringsAnySizeTo28x28() throws {
        let fixtures = try Fixtures()
        try fixtures.write("mine/5_big.png", bytes: PNGCodec.encode(width: 60, height: 40, channels: 1, samples: DrawnDigit.canvas(width: 60, height: 40, light: true, strokeX: 10..<20, strokeY: 5..<35)))
        try fixtures.write("mine/1_small.pgm", text: "P2 3 3 255 0 0 0 0 255 0 0 0 0")
        let data = try Dataset.images(fixtures.path("mine"), mnistStyle: true)
        XCTAssertEqual(data.imageShape, [28, 28, 1])
        XCTAssertEqual(data.labels, [1, 5])
        XCTAssertEqual(data.pixelMaximum, 255)
        XCTAssertEqual(data.pixels.max() ?? 0, 255, accuracy: 1e-3)
    }
}

/// PNGs as other tools write them: no gamma chunk, 16-bit big-endian, grey+alpha.
final class ForeignPNGTests: XCTestCase {
    func testSixteenBitGrayWithoutGammaKeepsRawValues() throws {
        let fixtures = try Fixtures()
        let values = [0, 1000, 40000, 65535]
        let path = try fixtures.write("g16.png", bytes: HandMadePNG.encode(width: 2, height: 2, bitDepth: 16, colorType: 0, samples: values))
        let raster = try ImageFile.loadRaster(path)
        XCTAssertEqual(raster.maxValue, 65535)
        for (got, want) in zip(raster.samples, values) { XCTAssertEqual(got, Float(want), accuracy: 1) }
    }

    func testEightBitGrayAlphaAndRGB() throws {
        let fixtures = try Fixtures()
        let ga = try fixtures.write("ga.png", bytes: HandMadePNG.encode(width: 2, height: 1, bitDepth: 8, colorType: 4, samples: [0, 255, 0, 0]))
        XCTAssertEqual(try ImageFile.loadRaster(ga).samples, [0, 255], "transparent pixels read as white paper")
        let rgb = try fixtures.write("rgb.png", bytes: HandMadePNG.encode(width: 1, height: 1, bitDepth: 8, colorType: 2, samples: [10, 20, 30]))
        XCTAssertEqual(try ImageFile.loadRaster(rgb).samples, [10, 20, 30])
        let rgba16 = try fixtures.write("rgba16.png", bytes: HandMadePNG.encode(width: 1, height: 1, bitDepth: 16, colorType: 6, samples: [0, 0, 0, 65535]))
        XCTAssertEqual(try ImageFile.loadRaster(rgba16).samples, [0, 0, 0], "opaque black stays black")
    }
}
