import FolioCore
import FolioData
import FolioLanguage
import FolioML
@testable import FolioLibrary
import FolioRunner
import XCTest

/// The cache's encoding of notebook values: every kind comes back equal, shared objects come back
/// shared, and damaged bytes throw instead of trapping.
final class ValueArchiveTests: XCTestCase {
    private let archive = ValueArchive(registry: FolioVocabulary.archives)

    private func dataset() throws -> Dataset {
        let pixels: [Float] = (0..<(12 * 16)).map { Float(($0 * 37) % 256) / 255 }
        return try Dataset(pixels: pixels, labels: (0..<12).map { $0 % 3 }, imageShape: [4, 4, 1],
                           classNames: ["a", "b", "c"], source: "synthetic", pixelMaximum: 1)
    }

    private func roundTrip(_ bindings: [ValueArchive.Binding]) throws -> [ValueArchive.Binding] {
        try archive.decode(archive.encode(bindings))
    }

    func testPlainValuesComeBackEqual() throws {
        let table = Table(title: "t", columns: ["a", "b"], rows: [["1", "2"]])
        let values: [Value] = [
            .int(-7), .double(0.125), .string("héllo"), .bool(true), .void,
            .array([.int(1), .string("x")]), .tuple([.double(.infinity), .bool(false)]),
            .tuple([.labelled("name", .string("mlp")), .labelled("acc", .double(0.97))]),
            .enumCase(EnumValue(typeName: "Optimizer", caseName: "adam", arguments: ["lr": .double(0.001)])),
            .table(table), .rendered([.text("hi"), .chart(Figure(title: "c", svg: "<svg/>"))]),
            .range(RangeValue(lower: .int(2), upper: .int(5), closed: false)), .range(RangeValue(lower: .double(0), upper: .double(1), closed: true)),
        ]
        let back = try roundTrip(values.enumerated().map { .init(name: "v\($0.offset)", value: $0.element, mutable: $0.offset == 0) })
        XCTAssertEqual(back.map(\.name), values.indices.map { "v\($0)" })
        XCTAssertEqual(back.map(\.mutable), values.indices.map { $0 == 0 })
        XCTAssertEqual(back.map(\.value.description), values.map(\.description))
        XCTAssertEqual(back.map { "\($0.value.type)" }, values.map { "\($0.type)" })
    }

    func testDictionariesAndOptionalsComeBackAndFunctionsAreNotCached() throws {
        var scores = DictionaryValue()
        scores.set(.string("lr=0.1"), .double(0.91))
        scores.set(.string("lr=0.01"), .optional(nil))
        let values: [Value] = [.dictionary(scores), .dictionary(DictionaryValue()), .optional(.int(3)), .optional(nil),
                               .optional(.optional(nil))]
        let back = try roundTrip(values.enumerated().map { .init(name: "v\($0.offset)", value: $0.element, mutable: true) })
        XCTAssertEqual(back.map(\.value.description), values.map(\.description))
        guard case .dictionary(let restored) = back[0].value else { return XCTFail("not a dictionary") }
        XCTAssertEqual(restored.keys.map(\.description), ["lr=0.1", "lr=0.01"], "insertion order kept")
        let square = Value.function(FunctionValue(name: "square", type: .any) { $0[0] })
        XCTAssertThrowsError(try archive.encode([.init(name: "f", value: square, mutable: false)]))
    }

    func testATrainedNetworkPredictsTheSameAfterTheTrip() throws {
        let data = try dataset()
        let model = try Sequential([Conv2D(2, kernel: 3, activation: .relu), Flatten(), Dense(3, activation: .softmax)])
        _ = try model.fit(x: Tensor(shape: [12, 4, 4, 1], storage: data.pixels), y: data.labels,
                          options: FitOptions(epochs: 2, batchSize: 4, seed: 1))
        let value = ModelValue(model, inputShape: [4, 4, 1])
        value.classNames = ["a", "b", "c"]
        value.trainingPixelMaximum = 1
        let back = try roundTrip([.init(name: "model", value: .object(value), mutable: false)])
        guard case .object(let object)? = back.first?.value, let restored = object as? ModelValue else { return XCTFail("not a model") }
        let x = try Tensor(shape: [12, 4, 4, 1], storage: data.pixels)
        XCTAssertEqual(try restored.model.predictProbabilities(x).storage, try model.predictProbabilities(x).storage)
        XCTAssertEqual(restored.classNames, ["a", "b", "c"])
        XCTAssertEqual(restored.inputShape, [4, 4, 1])
    }

    func testModelsNotYetFittedStayUnfitted() throws {
        let unbuilt = try Sequential([Flatten(), Dense(3, activation: .softmax)])
        let bindings: [ValueArchive.Binding] = [
            .init(name: "net", value: .object(ModelValue(unbuilt)), mutable: false),
            .init(name: "lr", value: .object(ModelValue(try LogisticRegression(l2: 0.5))), mutable: false),
            .init(name: "knn", value: .object(ModelValue(try KNN(k: 3))), mutable: false),
        ]
        let back = try roundTrip(bindings)
        let models = back.compactMap { binding -> Classifier? in
            if case .object(let o) = binding.value { return (o as? ModelValue)?.model } else { return nil }
        }
        XCTAssertEqual(models.map(\.displayName), bindings.compactMap { if case .object(let o) = $0.value { return (o as? ModelValue)?.model.displayName } else { return nil } })
        XCTAssertNil(models.first?.classCount)
        // They can still be trained after the trip.
        let data = try dataset()
        XCTAssertNoThrow(try models[1].fit(x: Tensor(shape: [12, 16], storage: data.pixels), y: data.labels, options: FitOptions(epochs: 1)))
    }

    func testDatasetsEvaluationsHistoriesAndPredictionsComeBack() throws {
        let data = try dataset()
        let metrics = try ClassificationMetrics(labels: data.labels, predictions: data.labels.map { ($0 + 1) % 3 },
                                                classNames: data.classNames)
        let evaluation = EvaluationValue(metrics: metrics, loss: 0.5, dataset: data, modelName: "m")
        let history = try JSONDecoder().decode(History.self, from: Data(#"{"epochs":[{"epoch":1,"loss":1.5,"accuracy":0.25,"validationAccuracy":0.5,"seconds":2}],"stoppedEarly":false}"#.utf8))
        let prediction = PredictionValue(label: 2, classNames: ["a", "b", "c"], probabilities: [0.1, 0.2, 0.7],
                                         preprocessed: [0, 0.5, 1, 0.25], imageShape: [2, 2, 1], path: "x.png")
        let back = try roundTrip([
            .init(name: "data", value: .object(DatasetValue(data)), mutable: false),
            .init(name: "eval", value: .object(evaluation), mutable: false),
            .init(name: "history", value: .object(HistoryValue(history, modelName: "m")), mutable: false),
            .init(name: "guess", value: .object(prediction), mutable: true),
        ])
        guard case .object(let d) = back[0].value, let restoredData = (d as? DatasetValue)?.dataset,
              case .object(let e) = back[1].value, let restoredEvaluation = e as? EvaluationValue,
              case .object(let h) = back[2].value, let restoredHistory = h as? HistoryValue,
              case .object(let p) = back[3].value, let restoredPrediction = p as? PredictionValue else { return XCTFail("wrong kinds") }
        XCTAssertEqual(restoredData.pixels, data.pixels)
        XCTAssertEqual(restoredData.labels, data.labels)
        XCTAssertEqual(restoredData.classNames, data.classNames)
        XCTAssertEqual(restoredData.imageShape, data.imageShape)
        XCTAssertEqual(restoredData.source, data.source)
        XCTAssertEqual(restoredEvaluation.metrics, metrics)
        XCTAssertEqual(restoredEvaluation.loss, 0.5)
        XCTAssertTrue(restoredEvaluation.dataset === restoredData, "the data set inside the evaluation is stored once")
        XCTAssertEqual(restoredHistory.history, history)
        XCTAssertEqual(restoredPrediction.textDescription, prediction.textDescription)
        XCTAssertEqual(restoredPrediction.preprocessed, prediction.preprocessed)
    }

    func testAnUnlabelledDatasetStaysUnlabelled() throws {
        let data = try dataset()
        let unlabelled = try Dataset(pixels: data.pixels, labels: data.labels.map { _ in 0 }, imageShape: data.imageShape,
                                     source: "test.csv", isLabelled: false)
        let back = try roundTrip([.init(name: "test", value: .object(DatasetValue(unlabelled)), mutable: false),
                                  .init(name: "train", value: .object(DatasetValue(data)), mutable: false)])
        guard case .object(let t) = back[0].value, let restored = (t as? DatasetValue)?.dataset,
              case .object(let l) = back[1].value, let labelled = (l as? DatasetValue)?.dataset else { return XCTFail("wrong kinds") }
        XCTAssertFalse(restored.isLabelled)
        XCTAssertTrue(labelled.isLabelled)
    }

    func testAnExampleComesBackWithItsDataSetShared() throws {
        let data = try dataset()
        let back = try roundTrip([.init(name: "data", value: .object(DatasetValue(data)), mutable: false),
                                  .init(name: "e", value: .object(try ExampleValue(data, index: 5)), mutable: false)])
        guard case .object(let d) = back[0].value, let restoredData = (d as? DatasetValue)?.dataset,
              case .object(let e) = back[1].value, let example = e as? ExampleValue else { return XCTFail("wrong kinds") }
        XCTAssertEqual(example.index, 5)
        XCTAssertTrue(example.dataset === restoredData, "stored once")
        XCTAssertEqual(try example.label(), data.labels[5])
        XCTAssertEqual(try example.pixels(), try data.image(at: 5))
    }

    func testAnObjectSharedByTwoNamesComesBackShared() throws {
        let model = ModelValue(try LogisticRegression())
        let back = try roundTrip([
            .init(name: "a", value: .object(model), mutable: false),
            .init(name: "list", value: .array([.object(model)]), mutable: false),
        ])
        guard case .object(let a) = back[0].value, case .array(let items) = back[1].value,
              case .object(let b)? = items.first else { return XCTFail("wrong kinds") }
        XCTAssertTrue(a === b)
    }

    func testAnArchiveReadsAndWritesOnlyTheTypesItsRegistryNames() throws {
        let bytes = try archive.encode([.init(name: "d", value: .object(DatasetValue(try dataset())), mutable: false)])
        let bare = ValueArchive(registry: ArchiveRegistry([]))
        XCTAssertThrowsError(try bare.decode(bytes)) { error in
            XCTAssertEqual("\(error)", "no value type is tagged 'dataset'")
        }
        XCTAssertThrowsError(try bare.encode([.init(name: "d", value: .object(DatasetValue(try dataset())), mutable: false)])) { error in
            XCTAssertEqual("\(error)", "a Dataset value cannot be cached")
        }
        XCTAssertEqual(archive.signature, "5 augmentation/1 dataset/2 evaluation/1 example/1 history/1 layer/1 model/1 prediction/1")
    }

    /// Found by FuzzValueArchive: an archived dataset whose image shape multiplies past Int.max
    /// trapped in Dataset's initializer (Fuzz/Corpus/FuzzValueArchive/regression-dataset-shape-overflow.bin).
    func testADatasetShapeThatOverflowsIsRefused() throws {
        XCTAssertThrowsError(try archive.decode(try Data(contentsOf: Self.corpus.appendingPathComponent("regression-dataset-shape-overflow.bin"))))
        XCTAssertThrowsError(try Dataset(pixels: [], labels: [], imageShape: [Int.max / 2, 4])) { error in
            XCTAssertTrue("\(error)".contains("more values than can be counted"), "\(error)")
        }
    }

    /// The fuzzer's seeds: archives of this format (re-recorded with RECORD_FUZZ_CORPUS=1 after a
    /// format change), and the regression input, an archive of one data set whose image shape
    /// multiplies past Int.max.
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz/Corpus/FuzzValueArchive")

    private func corpusSeeds() throws -> [String: Data] {
        let data = try dataset()
        let model = try Sequential([Conv2D(2, kernel: 3, activation: .relu), Flatten(), Dense(3, activation: .softmax)])
        _ = try model.fit(x: Tensor(shape: [12, 4, 4, 1], storage: data.pixels), y: data.labels,
                          options: FitOptions(epochs: 1, batchSize: 4, seed: 1))
        let standardized = try Dataset(pixels: data.pixels.map { $0 - 0.3 }, labels: data.labels, imageShape: [16],
                                       classNames: data.classNames, source: "standardized", pixelMaximum: 1)
        var overflow = BinaryWriter()
        overflow.int(ValueArchive.formatVersion)
        overflow.int(1)
        overflow.string("d")
        overflow.bool(false)
        overflow.byte(10)   // an object
        overflow.bool(false)   // met for the first time
        overflow.string("dataset")
        overflow.bool(false)   // its data set, met for the first time
        overflow.ints([Int.max / 2, 4])
        overflow.ints([])
        overflow.strings([])
        overflow.string("")
        overflow.double(255)
        overflow.bool(true)   // labelled
        overflow.compactFloats([])
        return [
            "cell-0.bin": try archive.encode([
                .init(name: "train", value: .object(DatasetValue(data)), mutable: false),
                .init(name: "epochs", value: .int(3), mutable: false),
                .init(name: "source", value: .string("the 5k set"), mutable: true),
            ]),
            "cell-1.bin": try archive.encode([
                .init(name: "model", value: .object(ModelValue(model, inputShape: [4, 4, 1])), mutable: false),
                .init(name: "pair", value: .tuple([.double(0.5), .array([.bool(true)])]), mutable: false),
            ]),
            "cell-2.bin": try archive.encode([
                .init(name: "z", value: .object(DatasetValue(standardized)), mutable: false),
                .init(name: "opt", value: .enumCase(EnumValue(typeName: "Optimizer", caseName: "adam", arguments: ["lr": .double(0.001)])), mutable: false),
            ]),
            "regression-dataset-shape-overflow.bin": overflow.data,
        ]
    }

    func testTheFuzzCorpusIsOfThisFormat() throws {
        let seeds = try corpusSeeds()
        if ProcessInfo.processInfo.environment["RECORD_FUZZ_CORPUS"] == "1" {
            for (name, data) in seeds { try data.write(to: Self.corpus.appendingPathComponent(name)) }
        }
        for name in seeds.keys.sorted() {
            let stored = try Data(contentsOf: Self.corpus.appendingPathComponent(name))
            if name.hasPrefix("regression") {
                XCTAssertThrowsError(try archive.decode(stored)) { error in
                    XCTAssertTrue("\(error)".contains("more values than can be counted"), "\(name): \(error)")
                }
            } else {
                XCTAssertNoThrow(try archive.decode(stored), "\(name) is not an archive of this format: RECORD_FUZZ_CORPUS=1 re-records it")
            }
        }
    }

    func testDamagedBytesThrowInsteadOfTrapping() throws {
        let data = try dataset()
        let bytes = try archive.encode([
            .init(name: "data", value: .object(DatasetValue(data)), mutable: false),
            .init(name: "n", value: .array([.int(1), .tuple([.string("x")])]), mutable: false),
        ])
        for length in stride(from: 0, to: bytes.count - 1, by: max(1, bytes.count / 97)) {
            XCTAssertThrowsError(try archive.decode(bytes.prefix(length)), "truncated to \(length)")
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            var damaged = bytes
            let position = Int.random(in: 0..<damaged.count, using: &generator)
            damaged[position] = UInt8.random(in: 0...255, using: &generator)
            _ = try? archive.decode(damaged)   // must return or throw, never trap
        }
    }
}
