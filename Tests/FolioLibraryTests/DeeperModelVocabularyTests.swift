import FolioCore
import FolioData
import FolioLanguage
import FolioML
@testable import FolioLibrary
import FolioRunner
import XCTest

/// Blocks written as nested builders, the new training options, and their trips through model
/// files and the cell cache's archive, all through the language.
final class DeeperModelVocabularyTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-deeper-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // Two classes of 6×6 images: a bright left half (0) or a bright right half (1), with noise.
        var rows: [String] = []
        var state: UInt64 = 11
        func noise() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % 40)
        }
        for i in 0..<60 {
            let label = i % 2
            let pixels = (0..<36).map { p -> Int in (p % 6 < 3) == (label == 0) ? 215 + noise() : noise() }
            rows.append((pixels.map(String.init) + [String(label)]).joined(separator: ","))
        }
        try rows.joined(separator: "\n").write(to: folder.appendingPathComponent("halves.csv"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func run(_ code: String) -> (outputs: [Output], error: Diagnostic?, session: Session) {
        let session = Session(vocabulary: FolioVocabulary.full, context: RunContext(rootDirectory: folder))
        let cell = session.parse(code, file: "t.md", firstLine: 1)
        let diagnostics = cell.diagnostics + session.check(cell)
        if let first = diagnostics.first(where: { $0.severity == .error }) { return ([], first, session) }
        let run = session.run(cell)
        return (run.outputs, run.error, session)
    }

    private let network = """
    let data = Dataset.csv("halves.csv", labelColumn: -1, imageShape: [6, 6]).normalized()
    let model = Sequential(input: [6, 6, 1], name: "Tiny ResNet") {
        Conv2D(4, kernel: 3, padding: .same, useBias: false)
        BatchNorm()
        Activation(.relu)
        Residual(activation: .relu) {
            Conv2D(8, kernel: 3, stride: 2, padding: .same)
            BatchNorm()
        }
        Concatenate {
            Branch { Conv2D(2, kernel: 1, activation: .relu) }
            Branch { }
        }
        GlobalAvgPool2D()
        Dense(2, activation: .softmax)
    }
    """

    func testNestedBlocksTrainWithEveryNewOptionAndShowTheirSummary() throws {
        let result = run(network + """

        model.summary()
        let history = model.fit(data, epochs: 3, batchSize: 10, optimizer: .sgd(lr: 0.05, momentum: 0.9, nesterov: true),
                                seed: 2, schedule: .oneCycle(maxLR: 0.1), labelSmoothing: 0.1,
                                augment: Augmentation(shift: 1, rotate: 5, zoom: 0.05))
        print(history.learningRate.count)
        history.table()
        """)
        XCTAssertNil(result.error, result.error?.rendered() ?? "")
        guard case .table(let summary)? = result.outputs.first else { return XCTFail("\(result.outputs)") }
        XCTAssertEqual(summary.columns, ["layer", "output shape", "parameters", "connected to"])
        XCTAssertTrue(summary.rows.contains { $0.first == "residual (Add, then relu)" && $0.last == "batch_normalization_1, residual/shortcut_bn" },
                      "\(summary.rows)")
        XCTAssertTrue(result.outputs.contains(.text("3")), "\(result.outputs)")
        guard case .table(let table)? = result.outputs.last else { return XCTFail("\(result.outputs)") }
        XCTAssertTrue(table.columns.contains("learning rate"))
    }

    func testBlocksComeBackFromAModelFileAndTheCacheArchive() throws {
        let result = run(network + """

        model.fit(data, epochs: 2, batchSize: 10, optimizer: .adamW(lr: 0.01, weightDecay: 0.01), seed: 1, schedule: .cosine(warmupEpochs: 1))
        model.save("m.safetensors")
        let back = Model.load("m.safetensors")
        print(model.evaluate(data).accuracy == back.evaluate(data).accuracy, model.predict(data) == back.predict(data))
        """)
        XCTAssertNil(result.error, result.error?.rendered() ?? "")
        XCTAssertTrue(result.outputs.contains(.text("true true")), "\(result.outputs)")
        guard case .object(let object)? = result.session.value(of: "model"),
              let model = object as? ModelValue else { return XCTFail("no model") }
        let archive = ValueArchive(registry: FolioVocabulary.archives)
        let back = try archive.decode(archive.encode([.init(name: "model", value: .object(model), mutable: false)]))
        guard case .object(let restoredObject)? = back.first?.value, let restored = restoredObject as? ModelValue else {
            return XCTFail("not a model")
        }
        let x = GradientInput.images(count: 5, side: 6)
        XCTAssertEqual(try restored.model.predictProbabilities(x).storage, try model.model.predictProbabilities(x).storage)
        XCTAssertEqual(restored.model.modelDescription, model.model.modelDescription)
    }

    func testAFlippingAugmentationPrintsAndComesBackFromTheCacheArchive() throws {
        let result = run("let a = Augmentation(shift: 1, rotate: 0, zoom: 0.05, flip: true)\nprint(a)\nprint(Augmentation())")
        XCTAssertNil(result.error, result.error?.rendered() ?? "")
        XCTAssertEqual(result.outputs, [.text("Augmentation(shift: 1.0, rotate: 0.0, zoom: 0.05, flip: true)\nAugmentation(shift: 2.0, rotate: 10.0, zoom: 0.1)")])
        guard case .object(let object)? = result.session.value(of: "a") else { return XCTFail("no augmentation") }
        let archive = ValueArchive(registry: FolioVocabulary.archives)
        let back = try archive.decode(archive.encode([.init(name: "a", value: .object(object), mutable: false)]))
        guard case .object(let restored)? = back.first?.value, let augmentation = restored as? AugmentationValue else {
            return XCTFail("not an augmentation")
        }
        XCTAssertEqual(augmentation.augmentation, try ImageAugmentation(shift: 1, rotate: 0, zoom: 0.05, flip: true))
    }

    func testBlockMistakesAreLocatedErrors() {
        let notABranch = run("let m = Sequential {\n    Concatenate {\n        Dense(2)\n        Branch { }\n    }\n}")
        XCTAssertEqual(notABranch.error?.location?.line, 3)
        XCTAssertTrue(notABranch.error?.message.contains("Branch") == true, notABranch.error?.message ?? "")
        let branchOutside = run("let m = Sequential {\n    Branch { Dense(2) }\n}")
        XCTAssertEqual(branchOutside.error?.location?.line, 2)
        let mismatch = run("""
        let data = Dataset.csv("halves.csv", labelColumn: -1, imageShape: [6, 6]).normalized()
        let m = Sequential {
            Concatenate {
                Branch { Conv2D(2, kernel: 3) }
                Branch { Conv2D(2, kernel: 1) }
            }
            Flatten()
            Dense(2, activation: .softmax)
        }
        m.fit(data, epochs: 1)
        """)
        XCTAssertEqual(mismatch.error?.location?.line, 10)
        XCTAssertTrue(mismatch.error?.message.contains("branch 2 (conv2d_1) outputs 6×6×2 but branch 1 (conv2d) outputs 4×4×2") == true,
                      mismatch.error?.message ?? "")
    }
}

/// Small deterministic image batches for prediction comparisons.
private enum GradientInput {
    static func images(count: Int, side: Int) -> Tensor {
        var state: UInt64 = 5
        let values = (0..<(count * side * side)).map { _ -> Float in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Float(state >> 40) / Float(1 << 24)
        }
        return (try? Tensor(shape: [count, side, side, 1], storage: values)) ?? Tensor(zeros: [count, side, side, 1])
    }
}
