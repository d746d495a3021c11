import FolioCore
import FolioData
@testable import FolioLibrary
import XCTest

/// `model.probabilities(data)` and an evaluation's per-class numbers on real MNIST digits.
final class ModelNumbersTests: XCTestCase {
    private func run(_ code: String) throws -> NotebookCode {
        guard FileManager.default.fileExists(atPath: NotebookCode.mnist5k.path) else {
            throw XCTSkip("\(NotebookCode.mnist5k.path) is absent; run scripts/fetch-data.sh (make test does)")
        }
        let root = NotebookCode.mnist5k.deletingLastPathComponent().deletingLastPathComponent()
        return NotebookCode("""
        let test = Dataset.csv("data/mnist_5k.csv.gz").shuffled(seed: 3).prefix(300).normalized()
        let model = Model.load("\(NotebookCode.cnn.path)")
        """ + "\n" + code, root: root)
    }

    private func numbers(_ line: Substring) -> [Double] {
        line.filter { $0 != "[" && $0 != "]" }.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
    }

    func testProbabilitiesAreOneRowPerImageSummingToOneAndTheirArgmaxIsThePrediction() throws {
        let result = try run("""
        let p = model.probabilities(test)
        print(p.count)
        print(p[0].count)
        print(model.predict(test))
        print(p)
        """)
        XCTAssertNil(result.error, result.error?.rendered() ?? "")
        let lines = result.text.split(separator: "\n")
        XCTAssertEqual(lines[0], "300")
        XCTAssertEqual(lines[1], "10")
        let predictions = numbers(lines[2]).map(Int.init)
        let flat = numbers(lines[3])
        XCTAssertEqual(flat.count, 3000)
        for i in 0..<300 {
            let row = Array(flat[i * 10 ..< (i + 1) * 10])
            XCTAssertEqual(row.reduce(0, +), 1, accuracy: 1e-5)
            XCTAssertTrue(row.allSatisfy { $0 >= 0 && $0 <= 1 })
            XCTAssertEqual(row.firstIndex(of: row.max() ?? -1), predictions[i], "image \(i)")
        }
    }

    func testPrecisionRecallF1AndConfusionAreTheReportsNumbers() throws {
        let result = try run("""
        let e = model.evaluate(test)
        print(e.precision)
        print(e.recall)
        print(e.f1)
        print(e.confusion)
        e.report()
        """)
        XCTAssertNil(result.error, result.error?.rendered() ?? "")
        let lines = result.text.split(separator: "\n")
        let precision = numbers(lines[0]), recall = numbers(lines[1]), f1 = numbers(lines[2])
        let confusion = numbers(lines[3]).map(Int.init)
        XCTAssertEqual(confusion.count, 100)
        XCTAssertEqual(confusion.reduce(0, +), 300)
        // From the confusion counts, as scikit-learn defines them (0 where a denominator is 0).
        for k in 0..<10 {
            let truePositives = Double(confusion[k * 10 + k])
            let predicted = Double((0..<10).map { confusion[$0 * 10 + k] }.reduce(0, +))
            let actual = Double(confusion[k * 10 ..< (k + 1) * 10].reduce(0, +))
            let p = predicted > 0 ? truePositives / predicted : 0, r = actual > 0 ? truePositives / actual : 0
            XCTAssertEqual(precision[k], p, accuracy: 1e-12, "class \(k)")
            XCTAssertEqual(recall[k], r, accuracy: 1e-12, "class \(k)")
            XCTAssertEqual(f1[k], p + r > 0 ? 2 * p * r / (p + r) : 0, accuracy: 1e-12, "class \(k)")
        }
        // And report() shows the same numbers, rounded.
        let table = try XCTUnwrap(result.outputs.compactMap { if case .table(let t) = $0 { return t } else { return nil } }.first)
        for k in 0..<10 {
            XCTAssertEqual(table.rows[k][1], String(format: "%.2f", precision[k]))
            XCTAssertEqual(table.rows[k][2], String(format: "%.2f", recall[k]))
            XCTAssertEqual(table.rows[k][3], String(format: "%.2f", f1[k]))
        }
    }

    func testPerClassNumbersMatchScikitLearnOnASmallCase() throws {
        // scikit-learn's definitions, worked by hand for labels [0, 1, 1, 2, 2, 2] and predictions
        // [0, 1, 0, 2, 2, 1]: precision [1/2, 1/2, 2/2], recall [1/1, 1/2, 2/3], f1 [2/3, 1/2, 4/5].
        let result = try run("""
        let e = Evaluation(labels: [0, 1, 1, 2, 2, 2], predictions: [0, 1, 0, 2, 2, 1], classes: 3)
        print(e.precision)
        print(e.recall)
        print(e.f1)
        print(e.confusion)
        """)
        XCTAssertNil(result.error, result.error?.rendered() ?? "")
        let lines = result.text.split(separator: "\n")
        for (got, want) in zip(numbers(lines[0]) + numbers(lines[1]) + numbers(lines[2]), [0.5, 0.5, 1.0, 1.0, 0.5, 2.0 / 3, 2.0 / 3, 0.5, 0.8]) {
            XCTAssertEqual(got, want, accuracy: 1e-12)
        }
        XCTAssertEqual(lines[3], "[[1, 0, 0], [1, 1, 0], [0, 1, 2]]")
    }
}
