import XCTest
@testable import FolioData

final class DigitPreprocessorTests: XCTestCase {
    func testThickOffCentreStrokeOnLargeLightCanvasLandsCentredIn20x20Box() throws {
        // A "1": a 24-pixel-wide, 160-pixel-tall stroke near the top right of a 400 × 300 page.
        let image = try DrawnDigit.grayImage(width: 400, height: 300, light: true, strokes: [(300..<324, 20..<180)])
        let digit = DigitPreprocessor.mnistStyle(image)
        XCTAssertEqual(digit.count, 784)
        XCTAssertGreaterThanOrEqual(digit.min() ?? -1, 0)
        XCTAssertLessThanOrEqual(digit.max() ?? 2, 1)
        let box = try XCTUnwrap(DrawnDigit.box(digit))
        XCTAssertEqual(box.3 - box.1 + 1, 20, "the longer side fills 20 pixels")
        XCTAssertEqual(box.2 - box.0 + 1, 3, "24/160 × 20 = 3 pixels wide: the aspect ratio is kept")
        let (cx, cy) = DrawnDigit.centreOfMass(digit)
        XCTAssertEqual(cx, 14, accuracy: 0.75)
        XCTAssertEqual(cy, 14, accuracy: 0.75)
        XCTAssertEqual(digit[14 * 28 + 14], 1, accuracy: 0.01, "white ink on black after inversion")
        XCTAssertEqual(digit[0], 0, "the paper becomes black")
    }

    func testDarkBackgroundIsNotInvertedAndWideShapesFitWidth() throws {
        // A wide L shape on a dark canvas, bottom left.
        let image = try DrawnDigit.grayImage(width: 200, height: 120, light: false,
                                             strokes: [(10..<20, 60..<110), (10..<90, 100..<110)])
        let digit = DigitPreprocessor.mnistStyle(image)
        let box = try XCTUnwrap(DrawnDigit.box(digit))
        XCTAssertEqual(box.2 - box.0 + 1, 20, "80 wide × 50 tall: the width is the long side")
        XCTAssertEqual(box.3 - box.1 + 1, 13, "50/80 × 20 = 12.5 → 13 rows")
        let (cx, cy) = DrawnDigit.centreOfMass(digit)
        XCTAssertEqual(cx, 14, accuracy: 0.75)
        XCTAssertEqual(cy, 14, accuracy: 0.75)
    }

    func testFaintNoiseIsDroppedAndBlankGivesZeros() throws {
        var pixels = [Float](repeating: 1, count: 100 * 100)
        pixels[5 * 100 + 5] = 0.9   // a speck, 10% of the stroke's darkness
        for y in 40..<60 { for x in 45..<55 { pixels[y * 100 + x] = 0 } }
        let digit = DigitPreprocessor.mnistStyle(try GrayImage(width: 100, height: 100, pixels: pixels))
        let box = try XCTUnwrap(DrawnDigit.box(digit))
        XCTAssertEqual(box.3 - box.1 + 1, 20, "the speck does not widen the bounding box")
        XCTAssertEqual(box.2 - box.0 + 1, 10)
        let blank = DigitPreprocessor.mnistStyle(try GrayImage(width: 50, height: 50, pixels: Array(repeating: 0.8, count: 2500)))
        XCTAssertEqual(blank, Array(repeating: 0, count: 784))
    }

    func testTinyDigitIsEnlarged() throws {
        let image = try DrawnDigit.grayImage(width: 30, height: 30, light: true, strokes: [(14..<16, 12..<17)])
        let digit = DigitPreprocessor.mnistStyle(image)
        let box = try XCTUnwrap(DrawnDigit.box(digit))
        XCTAssertEqual(box.3 - box.1 + 1, 20)
        XCTAssertEqual(box.2 - box.0 + 1, 8)
    }

    func testPNGFileThroughLoaderAndDataset() throws {
        let fixtures = try Fixtures()
        let samples = DrawnDigit.canvas(width: 120, height: 90, light: true, strokeX: 80..<95, strokeY: 10..<70)
        let path = try fixtures.write("seven.png", bytes: PNGCodec.encode(width: 120, height: 90, channels: 1, samples: samples))
        let data = DigitPreprocessor.mnistStyleDataset(try ImageFile.load(path), source: "seven.png")
        XCTAssertEqual(data.count, 1)
        XCTAssertEqual(data.imageShape, [28, 28, 1])
        let box = try XCTUnwrap(DrawnDigit.box(data.normalized().pixels))
        XCTAssertEqual(box.3 - box.1 + 1, 20)
    }
}

final class StrokeThickeningTests: XCTestCase {
    func testStrokeWidthEstimate() {
        var ink = [Float](repeating: 0, count: 100 * 100)
        for y in 10..<90 { for x in 40..<46 { ink[y * 100 + x] = 1 } }
        XCTAssertEqual(DigitPreprocessor.estimatedStrokeWidth(ink, width: 100, height: 100), 6, accuracy: 0.6)
    }

    func testFinePenOnLargePageComesOutMNISTThick() throws {
        // A 2-pixel pen line 400 pixels tall: 0.1 pixel wide after scaling without thickening.
        let image = try DrawnDigit.grayImage(width: 600, height: 500, light: true, strokes: [(300..<302, 50..<450), (300..<400, 50..<52)])
        let digit = DigitPreprocessor.mnistStyle(image)
        let box = try XCTUnwrap(DrawnDigit.box(digit, threshold: 0.5))
        XCTAssertEqual(max(box.2 - box.0, box.3 - box.1) + 1, 20, accuracy: 1)
        // The vertical stroke is 2-4 strong pixels wide on the centre row, like MNIST's.
        let row = (0..<28).map { digit[14 * 28 + $0] }
        let strong = row.filter { $0 > 0.5 }.count
        XCTAssertGreaterThanOrEqual(strong, 2)
        XCTAssertLessThanOrEqual(strong, 4)
        XCTAssertEqual(digit.max() ?? 0, 1, accuracy: 1e-5)
        let thickened = DigitPreprocessor.estimatedStrokeWidth(digit.map { $0 > 0.5 ? 1 : 0 }, width: 28, height: 28)
        XCTAssertGreaterThan(thickened, 2)
    }
}
