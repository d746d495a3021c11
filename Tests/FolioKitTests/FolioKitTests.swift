import XCTest
import FolioKit

/// FolioKit against the 5k MNIST set: the same calls a notebook makes, in compiled Swift.
final class FolioKitTests: XCTestCase {
    private var dataPath: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("data/mnist_5k.csv.gz").path
    }

    func testLoadsSplitsAndNormalizesTheFiveThousandDigits() throws {
        let digits = try Dataset.csv(dataPath, labelColumn: 784, imageShape: [28, 28])
        XCTAssertEqual(try digits.count, 5000)
        let (train, test) = try digits.split(test: 0.2, stratified: true, seed: 42)
        XCTAssertEqual(try train.count, 4000)
        XCTAssertEqual(try test.count, 1000)
        // Stratified: 100 test images of each digit.
        let testLabels = try test.labels
        XCTAssertEqual((0..<10).map { d in testLabels.filter { $0 == d }.count }, Array(repeating: 100, count: 10))
        XCTAssertTrue(try train.normalized().summary().description.contains("1"))
    }

    func testALogisticRegressionLearnsTheDigitsAndALayerErrorIsAFolioError() throws {
        let digits = try Dataset.csv(dataPath, labelColumn: 784, imageShape: [28, 28]).normalized()
        let (train, test) = try digits.split(test: 0.2, stratified: true, seed: 1)
        let model = try LogisticRegression(l2: 0.0001)
        _ = try model.fit(train, seed: 1)
        let evaluation = try model.evaluate(test)
        XCTAssertGreaterThan(try evaluation.accuracy, 0.8)
        XCTAssertEqual(try model.predict(test.prefix(5)).count, 5)
        XCTAssertThrowsError(try Sequential { Dense(0) }) { error in
            XCTAssertTrue(error is FolioError, "\(error)")
        }
        XCTAssertThrowsError(try Dataset.csv("no/such/file.csv")) { error in
            XCTAssertTrue(String(describing: error).contains("no/such/file.csv"), "\(error)")
        }
    }

    func testSequentialIsAResultBuilder() throws {
        let deep = true
        let model = try Sequential(input: [28, 28, 1]) {
            Conv2D(8, kernel: 3, activation: .relu)
            MaxPool2D(2)
            Flatten()
            if deep { Dense(16, activation: .relu) }
            for _ in 0..<2 { Dropout(0.1) }
            Dense(10, activation: .softmax)
        }
        // Every model has the one type Model, as in a notebook.
        var best = try LogisticRegression()
        best = model
        let summary = try best.summary().description
        XCTAssertTrue(summary.contains("Conv2D"), summary)
        XCTAssertEqual(summary.components(separatedBy: "Dropout").count - 1, 2, summary)
        XCTAssertTrue(summary.contains("Dense"), summary)
    }

    func testResidualAndConcatenateBlocksBuildTheVocabularysLayers() throws {
        let model = try Sequential(input: [8, 8, 1]) {
            Conv2D(4, kernel: 3, padding: .same, useBias: false)
            BatchNorm(momentum: 0.9)
            Activation(.relu)
            Residual(activation: .relu) {
                Conv2D(4, kernel: 3, padding: .same)
                BatchNorm()
            }
            Concatenate {
                Branch { Conv2D(2, kernel: 1, activation: .relu) }
                Branch { }
            }
            GlobalAvgPool2D()
            Dense(10, activation: .softmax)
        }
        let summary = try model.summary().description
        for layer in ["activation (Activation)", "residual (Add, then relu)", "concatenate (Concatenate)", "(GlobalAveragePooling2D)"] {
            XCTAssertTrue(summary.contains(layer), summary)
        }
        // Concatenate joins the branch's 2 channels and the passed-through 4: the Dense has 6 × 10 + 10 weights.
        XCTAssertTrue(summary.contains("(None, 8, 8, 6)"), summary)
        let dense = summary.split(separator: "\n").first { $0.hasPrefix("dense (Dense)") } ?? ""
        XCTAssertTrue(dense.contains(" 70 "), summary)
        XCTAssertThrowsError(try Sequential { Concatenate { Branch { Flatten() } } }) { error in
            XCTAssertTrue(String(describing: error).contains("at least two branches"), "\(error)")
        }
    }

    func testExamplesAFilterAndOrderedDictionariesMeanWhatANotebookMeans() throws {
        let digits = try Dataset.csv(dataPath, labelColumn: 784, imageShape: [28, 28]).prefix(200)
        let sevens = try digits.filter { try $0.label == 7 }
        XCTAssertEqual(try sevens.labels, try digits.labels.filter { $0 == 7 })
        XCTAssertEqual(try digits[3].pixels.count, 784)
        XCTAssertEqual(try digits[3].label, try digits.labels[3])
        XCTAssertThrowsError(try digits[200])
        // A notebook's dictionary literal keeps the order it was written in.
        let counts = OrderedDictionary(inOrder: ["b": 1, "a": 2])
        XCTAssertEqual("\(counts)", "[\"b\": 1, \"a\": 2]")
        XCTAssertTrue(counts.hasSameEntries(as: ["a": 2, "b": 1]))
        XCTAssertFalse(counts.hasSameEntries(as: ["a": 2, "b": 3]))
    }

    func testAFailingCellIsLocatedAtItsCellAndTheReportIsStillWritten() throws {
        let source = "---\ntitle: F\n---\n\n```swift\nlet a = 1\n```\n\n```swift\n//| label: load\nlet d = Dataset.csv(\"no/such.csv\")\n```\n\n```swift\nprint(a)\n```\n"
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("foliokit-fail-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let report = try Report(notebook: "notebooks/f.md", source: source, output: output.path, formats: "md", quiet: true)
        report.cell(1)
        report.cell(2)
        do { _ = try Dataset.csv("no/such.csv") } catch { report.fail(error) }
        XCTAssertEqual(report.finish(), 1, "a failed cell makes the exit status 1, as with folio run")
        let markdown = try String(contentsOf: output.appendingPathComponent("f.md"), encoding: .utf8)
        XCTAssertTrue(markdown.contains("no/such.csv"), markdown)
        // Located where folio run locates it: at the failed call's name, its line quoted under the message.
        XCTAssertTrue(markdown.contains("notebooks/f.md:11:17: error: cannot read"), markdown)
        XCTAssertTrue(markdown.contains(" 11 | let d = Dataset.csv(\"no/such.csv\")\n    |                 ^~~"), markdown)
        XCTAssertTrue(markdown.contains("was skipped: the program stopped at the failed cell 2 (load)"), markdown)
    }

    func testAToleratedFailureIsShownAndTheRunGoesOn() throws {
        let source = "---\ntitle: T\n---\n\n```swift\n//| error: true\nDataset.csv(\"no/such.csv\")\n```\n\n```swift\nprint(1)\n```\n"
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("foliokit-tolerate-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let report = try Report(notebook: "notebooks/t.md", source: source, output: output.path, formats: "md", quiet: true)
        report.cell(1)
        do { _ = try Dataset.csv("no/such.csv") } catch { report.tolerate(error) }
        report.cell(2)
        report.print(1)
        XCTAssertEqual(report.finish(), 0, "a cell with error: true does not fail the run, as with folio run")
        let markdown = try String(contentsOf: output.appendingPathComponent("t.md"), encoding: .utf8)
        XCTAssertTrue(markdown.contains("notebooks/t.md:7:9: error: cannot read"), markdown)
        XCTAssertFalse(markdown.contains("was skipped"), markdown)
    }
}
