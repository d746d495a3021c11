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
}
