import FolioCore
import FolioData
import FolioLanguage
@testable import FolioLibrary
import XCTest

/// `Dataset.images(folder, mnistStyle: true)` on "photos" of digits of many sizes: dark ink on a
/// light page, placed off-centre on canvases from 60 × 52 to 190 × 137 pixels, made from the
/// committed font digits.
final class MnistStyleFolderTests: XCTestCase {
    private var folder: URL!
    private var files: [String] = []

    override func setUpWithError() throws {
        folder = try NotebookCode.temporaryFolder()
        let photos = folder.appendingPathComponent("photos")
        try FileManager.default.createDirectory(at: photos, withIntermediateDirectories: true)
        let source = NotebookCode.fixtures.appendingPathComponent("digits")
        let names = try FileManager.default.contentsOfDirectory(atPath: source.path).filter { $0.hasSuffix(".png") }.sorted()
        for (n, name) in names.enumerated() {
            let digit = try ImageFile.load(source.appendingPathComponent(name).path)
            // Light paper (the digit is inverted if it is light on dark), a scale of 1×, 2× or ⅔×,
            // and a margin that differs per image, so no two neighbours share a size.
            let inkIsLight = (digit.pixels.first ?? 0) < 0.5
            let scale = [1.0, 2.0, 2.0 / 3][n % 3]
            let width = max(1, Int(Double(digit.width) * scale)), height = max(1, Int(Double(digit.height) * scale))
            let canvasWidth = width + 7 * (n % 5) + 3, canvasHeight = height + 11 * (n % 4) + 5
            let left = 2 * (n % 5), top = 3 * (n % 4)
            var samples = [Int](repeating: 235, count: canvasWidth * canvasHeight)
            for y in 0..<height {
                for x in 0..<width {
                    let value = digit[min(digit.width - 1, Int(Double(x) / scale)), min(digit.height - 1, Int(Double(y) / scale))]
                    let paper = inkIsLight ? 1 - value : value
                    samples[(y + top) * canvasWidth + x + left] = Int((paper * 235).rounded())
                }
            }
            let png = try PNGCodec.encode(width: canvasWidth, height: canvasHeight, channels: 1, samples: samples)
            try Data(png).write(to: photos.appendingPathComponent(name))
            files.append("photos/" + name)
        }
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    func testMixedSizePhotosLoadAndTheCNNReadsThem() throws {
        let sizes = try Set(files.map { try ImageFile.load(folder.appendingPathComponent($0).path) }.map { "\($0.width)×\($0.height)" })
        XCTAssertGreaterThan(sizes.count, 10, "the photos should have many sizes: \(sizes)")
        let run = NotebookCode("""
        let photos = Dataset.images("photos", mnistStyle: true)
        print(photos.count, photos.imageShape)
        let model = Model.load("\(NotebookCode.cnn.path)")
        let e = model.evaluate(photos.normalized())
        print(e.accuracy)
        """, root: folder)
        XCTAssertNil(run.error, run.error?.rendered() ?? "")
        let lines = run.text.split(separator: "\n")
        XCTAssertEqual(lines.first, "\(files.count) [28, 28, 1]")
        XCTAssertGreaterThanOrEqual(Double(lines.last ?? "") ?? 0, 0.9, "as the font digits themselves (HandwrittenDigitsTests)")
    }

    func testEveryImageIsPreparedExactlyAsPredictImagePreparesIt() throws {
        let run = NotebookCode("""
        let model = Model.load("\(NotebookCode.cnn.path)")
        let p = model.probabilities(Dataset.images("photos", mnistStyle: true).normalized())
        print(p)
        """, root: folder)
        XCTAssertNil(run.error, run.error?.rendered() ?? "")
        let flat = run.text.filter { $0 != "[" && $0 != "]" && $0 != "\n" }.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        XCTAssertEqual(flat.count, files.count * 10)
        let model = try ModelFiles.load(NotebookCode.cnn)
        for (i, file) in files.enumerated() {
            let call = Call(receiver: .object(model), arguments: ["image": .string(file)], context: RunContext(rootDirectory: folder), location: nil)
            guard case .object(let o) = try Training.predictImage(call), let prediction = o as? PredictionValue else { return XCTFail(file) }
            for k in 0..<10 { XCTAssertEqual(flat[i * 10 + k], prediction.probabilities[k], accuracy: 1e-5, "\(file), class \(k)") }
        }
    }

    func testWithoutMnistStyleTheErrorPointsToTheOptionTheLanguageAccepts() throws {
        let error = try XCTUnwrap(NotebookCode("let photos = Dataset.images(\"photos\")", root: folder).error)
        XCTAssertTrue(error.message.contains("load the folder with mnistStyle: true"), error.message)
        XCTAssertNil(NotebookCode("let photos = Dataset.images(\"photos\", mnistStyle: true)", root: folder).error)
    }
}
