import FolioCore
import FolioLanguage
@testable import FolioLibrary
import XCTest

/// Runs small programs through the language against the ML vocabulary on tiny synthetic data.
final class VocabularyTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-lib-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // Two classes of 4×4 images: a bright left half (0) or a bright right half (1), with noise.
        var rows: [String] = []
        var state: UInt64 = 7
        func noise() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % 40)
        }
        for i in 0..<80 {
            let label = i % 2
            let pixels = (0..<16).map { p -> Int in
                let bright = (p % 4 < 2) == (label == 0)
                return bright ? 215 + noise() : noise()
            }
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

    func testLoadSplitTrainEvaluate() throws {
        let result = run("""
        let data = Dataset.csv("halves.csv", labelColumn: -1, imageShape: [4, 4])
        let (train, test) = data.split(test: 0.25, stratified: true, seed: 1)
        print(train.count, test.count)
        let model = Sequential {
            Flatten()
            Dense(8, activation: .relu)
            Dense(2, activation: .softmax)
        }
        let history = model.fit(train.normalized(), epochs: 30, batchSize: 8, optimizer: .adam(lr: 0.01), seed: 3)
        let evaluation = model.evaluate(test.normalized())
        print(evaluation.accuracy)
        """)
        XCTAssertNil(result.error, result.error?.rendered() ?? "")
        guard case .text(let text)? = result.outputs.first else { return XCTFail("\(result.outputs)") }
        let lines = text.split(separator: "\n")
        XCTAssertEqual(lines.first, "60 20")
        XCTAssertEqual(Double(lines.last ?? ""), 1.0, "the halves are trivially separable: \(text)")
    }

    func testClassicModelsAndCompare() throws {
        let result = run("""
        let data = Dataset.csv("halves.csv", labelColumn: -1, imageShape: [4, 4]).normalized()
        let lr = LogisticRegression(l2: 0.0001)
        lr.fit(data)
        let knn = KNN(k: 3)
        knn.fit(data)
        compare([lr, knn], on: data)
        """)
        XCTAssertNil(result.error, result.error?.rendered() ?? "")
        let tables = result.outputs.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
        let comparison = try XCTUnwrap(tables.last)
        XCTAssertEqual(comparison.columns, ["model", "accuracy", "loss"])
        XCTAssertEqual(comparison.rows.map { $0[1] }, ["1.0000", "1.0000"])
        XCTAssertTrue(result.outputs.contains { if case .chart = $0 { return true } else { return false } })
    }

    func testSummaryCountsParametersLikeKeras() throws {
        let result = run("""
        let model = Sequential {
            Conv2D(32, kernel: 3, activation: .relu)
            MaxPool2D(2)
            Conv2D(64, kernel: 3, activation: .relu)
            MaxPool2D(2)
            Flatten()
            Dropout(0.5)
            Dense(10, activation: .softmax)
        }
        model.summary()
        """)
        XCTAssertNil(result.error, result.error?.rendered() ?? "")
        guard case .table(let table)? = result.outputs.first else { return XCTFail("\(result.outputs)") }
        XCTAssertEqual(table.rows.last, ["Total", "", "34,826"])
    }

    func testEvaluationFromPredictionsMatchesScikitLearn() throws {
        // sklearn.metrics.classification_report([0, 1, 1, 2], [0, 1, 0, 0]): class 2 never predicted.
        let result = run("""
        let e = Evaluation(labels: [0, 1, 1, 2], predictions: [0, 1, 0, 0], classes: 3)
        print(e.accuracy)
        e.report()
        """)
        XCTAssertNil(result.error, result.error?.rendered() ?? "")
        XCTAssertEqual(result.outputs.first, .text("0.5"))
        guard case .table(let table)? = result.outputs.last else { return XCTFail("\(result.outputs)") }
        XCTAssertEqual(table.rows[0], ["0", "0.33", "1.00", "0.50", "1"])
        XCTAssertEqual(table.rows[2], ["2", "0.00", "0.00", "0.00", "1"])
    }

    func testAMissingFileIsARuntimeErrorAtTheCall() throws {
        let result = run("let d = Dataset.csv(\"nope.csv\")")
        let error = try XCTUnwrap(result.error)
        XCTAssertEqual(error.location?.line, 1)
        XCTAssertEqual(error.location?.column, 17)
        XCTAssertTrue(error.message.contains("nope.csv"), error.message)
    }

    func testAShapeMismatchIsAClearErrorNotACrash() throws {
        let result = run("""
        let data = Dataset.csv("halves.csv", labelColumn: -1, imageShape: [4, 4]).normalized()
        let model = Sequential(input: [28, 28, 1]) {
            Flatten()
            Dense(2, activation: .softmax)
        }
        model.fit(data, epochs: 1)
        """)
        let error = try XCTUnwrap(result.error)
        XCTAssertEqual(error.location?.line, 6)
        XCTAssertFalse(error.message.isEmpty)
    }

    func testLeadingDotCasesAreCheckedAgainstTheParameterType() throws {
        let result = run("let l = Dense(10, activation: .relux)")
        let error = try XCTUnwrap(result.error)
        XCTAssertTrue(error.fix?.contains("relu") ?? false, error.rendered())
    }
}
