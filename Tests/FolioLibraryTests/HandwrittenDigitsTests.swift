import FolioCore
import FolioLanguage
@testable import FolioLibrary
import XCTest

/// Issue 7's last "done when": the reference CNN, trained on full MNIST and committed as
/// Fixtures/mnist-cnn.safetensors, labels digit images that are not from MNIST (drawn with
/// handwriting fonts by scripts/make-digit-images.py, see docs/digits.md) with >= 90 % accuracy.
final class HandwrittenDigitsTests: XCTestCase {
    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    private static let modelPath = "mnist-cnn.safetensors"

    /// `digits/<label>_<n>.png`, relative to the fixtures folder, with the label from the name.
    private func digitImages() throws -> [(path: String, label: String)] {
        let folder = Self.fixtures.appendingPathComponent("digits")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".png") }.sorted()
        return names.compactMap { name in
            guard let label = name.split(separator: "_").first else { return nil }
            return ("digits/" + name, String(label))
        }
    }

    func testTheMNISTCNNLabelsFontDigitsItNeverSaw() throws {
        let images = try digitImages()
        XCTAssertGreaterThanOrEqual(images.count, 30, "too few committed digit images")
        XCTAssertEqual(Set(images.map(\.label)), Set((0...9).map(String.init)), "every digit should be there")

        let results = try ImagePrediction.predict(model: Self.modelPath, images: images.map(\.path), root: Self.fixtures)
        XCTAssertEqual(results.count, images.count)
        var misses: [String] = []
        for (image, result) in zip(images, results) where result.label != image.label {
            misses.append("\(image.path): predicted \(result.label) (p = \(String(format: "%.2f", result.confidence))), true \(image.label)")
        }
        let accuracy = Double(images.count - misses.count) / Double(images.count)
        XCTAssertGreaterThanOrEqual(accuracy, 0.9,
                                    "accuracy \(accuracy) on \(images.count) font digits; misses:\n" + misses.joined(separator: "\n"))
    }

    /// The same model through the language, as a notebook would use it.
    func testANotebookLoadsTheModelAndPredictsAFontDigit() throws {
        let session = Session(vocabulary: FolioVocabulary.full, context: RunContext(rootDirectory: Self.fixtures))
        let cell = session.parse("""
        let model = Model.load("\(Self.modelPath)")
        model.predict(image: "digits/7_1.png")
        """, file: "t.md", firstLine: 1)
        if let error = (cell.diagnostics + session.check(cell)).first(where: { $0.severity == .error }) {
            return XCTFail(error.rendered())
        }
        let run = session.run(cell)
        XCTAssertNil(run.error, run.error?.rendered() ?? "")
        guard case .text(let line)? = run.outputs.first else { return XCTFail("\(run.outputs)") }
        XCTAssertTrue(line.hasPrefix("digits/7_1.png: predicted 7 with probability"), line)
        XCTAssertTrue(run.outputs.contains { if case .images = $0 { return true } else { return false } },
                      "the report should show what the model saw")
    }
}
