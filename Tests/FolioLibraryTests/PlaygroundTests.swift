import FolioCore
import FolioLanguage
@testable import FolioLibrary
import FolioML
import Foundation
import XCTest

/// `model.playground()`'s program: what the page's script runs. The browser side (that the page
/// computes what Swift computes) is scripts/playground-browser-test.sh; this checks the program
/// carries the model faithfully and refuses what the page cannot run.
final class PlaygroundTests: XCTestCase {
    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    /// The project root: the cells read data/mnist_5k.csv.gz (fetched by `make test`) from there.
    private static let root = fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private static let model = "Tests/FolioLibraryTests/Fixtures/mnist-cnn.safetensors"
    private static let digits = "Dataset.csv(\"data/mnist_5k.csv.gz\", labelColumn: 784, imageShape: [28, 28]).prefix(300)"

    private func run(_ source: String) throws -> [Output] {
        let session = Session(vocabulary: FolioVocabulary.full, context: RunContext(rootDirectory: Self.root))
        let cell = session.parse(source, file: "t.md", firstLine: 1)
        if let error = (cell.diagnostics + session.check(cell)).first(where: { $0.severity == .error }) {
            throw RuntimeError(error.rendered())
        }
        let result = session.run(cell)
        if let error = result.error { throw RuntimeError(error.rendered()) }
        return result.outputs
    }

    private func panel(_ outputs: [Output]) throws -> PlaygroundPanel {
        for case .playground(let panel) in outputs { return panel }
        throw RuntimeError("no playground in \(outputs)")
    }

    private func floats(_ base64: String) throws -> [Float] {
        let data = try XCTUnwrap(Data(base64Encoded: base64))
        return stride(from: 0, to: data.count, by: 4).map { offset in
            let bits = UInt32(data[offset]) | UInt32(data[offset + 1]) << 8 | UInt32(data[offset + 2]) << 16 | UInt32(data[offset + 3]) << 24
            return Float(bitPattern: bits)
        }
    }

    func testTheProgramCarriesEveryLayerAndItsWeightsInOrder() throws {
        let panel = try panel(run("""
        let model = Model.load("\(Self.model)")
        model.playground()
        """))
        XCTAssertNil(panel.unsupported)
        let program = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(panel.program.utf8)) as? [String: Any])
        let layers = try XCTUnwrap(program["layers"] as? [[String: Any]])
        let weights = try floats(try XCTUnwrap(program["weights"] as? String))

        let loaded = try ModelFile.load(from: Self.fixtures.appendingPathComponent("mnist-cnn.safetensors"))
        let model = try XCTUnwrap(loaded.model as? Sequential)
        XCTAssertEqual(layers.count, model.layers.count)
        XCTAssertEqual(layers.map { $0["name"] as? String }, model.layers.map(\.name))
        var expected: [Float] = []
        for (layer, step) in zip(model.layers, layers) {
            XCTAssertEqual(step["outputShape"] as? [Int], layer.outputShape, layer.name)
            let slices = step["weights"] as? [String: [Int]] ?? [:]
            XCTAssertEqual(slices.count, layer.parameters.count, layer.name)
            for parameter in layer.parameters {
                let role = String(parameter.name.split(separator: "/").last ?? "")
                let slice = try XCTUnwrap(slices[role], "\(parameter.name) is not in the program")
                XCTAssertEqual(slice, [expected.count, parameter.value.count], parameter.name)
                expected += parameter.value
            }
        }
        XCTAssertEqual(weights, expected, "the weight buffer is every parameter, in layer order, bit for bit")
        XCTAssertEqual(panel.weightBytes, (program["weights"] as? String)?.utf8.count)
        XCTAssertEqual(program["softmaxAtEnd"] as? Bool, false, "the CNN ends in a softmax layer of its own")
        XCTAssertEqual(program["classNames"] as? [String], (0...9).map(String.init))
    }

    func testTheEvaluationsMisclassifiedImagesComeFirstAndDecodeExactly() throws {
        let outputs = try run("""
        let model = Model.load("\(Self.model)")
        let data = \(Self.digits).normalized()
        let evaluation = model.evaluate(data)
        model.playground(evaluation, images: 5)
        """)
        let panel = try panel(outputs)
        let program = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(panel.program.utf8)) as? [String: Any])
        let examples = try XCTUnwrap(program["examples"] as? [String: Any])
        XCTAssertEqual(examples["encoding"] as? String, "uint8", "normalised 8-bit pixels travel as bytes")
        let bytes = try XCTUnwrap(Data(base64Encoded: try XCTUnwrap(examples["data"] as? String)))
        XCTAssertEqual(bytes.count, 5 * 784)
        XCTAssertEqual((examples["labels"] as? [Int])?.count, 5)
        XCTAssertNotNil(panel.fallback, "Markdown and ipynb get a picture of the images")
    }

    func testALinearModelRunsAndKNNSaysWhyNot() throws {
        let outputs = try run("""
        let data = \(Self.digits)
        let lr = LogisticRegression()
        lr.fit(data, epochs: 1)
        lr.playground()
        let knn = KNN(k: 1)
        knn.fit(data)
        knn.playground()
        """)
        let panels = outputs.compactMap { output -> PlaygroundPanel? in
            if case .playground(let panel) = output { return panel }
            return nil
        }
        XCTAssertEqual(panels.count, 2)
        let linear = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(panels[0].program.utf8)) as? [String: Any])
        XCTAssertEqual((linear["layers"] as? [[String: Any]])?.map { $0["kind"] as? String }, ["dense"])
        XCTAssertEqual(linear["softmaxAtEnd"] as? Bool, true)
        XCTAssertEqual(linear["pixelScale"] as? Double, 255, "trained on raw pixels: the page scales a drawing as predict(image:) does")
        XCTAssertEqual(panels[1].program, "")
        XCTAssertTrue(panels[1].unsupported?.contains("nearest-neighbours") ?? false, panels[1].unsupported ?? "nil")
    }

    func testAnUntrainedModelIsALocatedError() {
        XCTAssertThrowsError(try run("""
        let model = Sequential { Flatten(); Dense(10) }
        model.playground()
        """)) { error in
            XCTAssertTrue("\(error)".contains("has not been trained yet"), "\(error)")
        }
    }

    /// `folio predict --prepared`, the browser test's oracle for the forward pass: a 28×28 image
    /// goes to the model as it is.
    func testPredictPreparedGivesTheModelThePixelsAsTheyAre() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-playground-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var bar = [UInt8](repeating: 0, count: 784)
        for y in 4..<24 { for x in 11..<15 { bar[y * 28 + x] = 255 } }
        try (Data("P5\n28 28\n255\n".utf8) + Data(bar)).write(to: folder.appendingPathComponent("bar.pgm"))
        let modelPath = Self.fixtures.appendingPathComponent("mnist-cnn.safetensors").path

        let prepared = try XCTUnwrap(ImagePrediction.predict(model: modelPath, images: ["bar.pgm"], root: folder, prepared: true).first)
        for (value, byte) in zip(prepared.prepared, bar) { XCTAssertEqual(value, Float(byte) / 255, accuracy: 1e-6) }
        let model = try ModelFile.load(from: URL(fileURLWithPath: modelPath)).model
        let direct = try model.predictProbabilities(try Tensor(shape: [1, 28, 28, 1], storage: prepared.prepared))
        XCTAssertEqual(prepared.probabilities, direct.storage.map(Double.init))
        XCTAssertEqual(prepared.label, "1")

        let reprepared = try XCTUnwrap(ImagePrediction.predict(model: modelPath, images: ["bar.pgm"], root: folder).first)
        XCTAssertNotEqual(reprepared.prepared, prepared.prepared, "without --prepared the bar is refitted into 20×20")
        XCTAssertThrowsError(try ImagePrediction.predict(model: modelPath, images: [Self.fixtures.appendingPathComponent("digits/7_1.png").path],
                                                         root: folder, prepared: true)) { error in
            XCTAssertTrue("\(error)".contains("is 128×128, but a prepared image is 28×28"), "\(error)")
        }
    }
}
