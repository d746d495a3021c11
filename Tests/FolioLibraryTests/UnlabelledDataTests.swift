import FolioCore
import FolioData
@testable import FolioLibrary
import XCTest

/// Kaggle's layout on real digits: a `test.csv` of 784 pixel columns and no label, predictions by
/// the reference CNN, and a submission written with `writeCSV`.
final class UnlabelledDataTests: XCTestCase {
    private var folder: URL!
    /// The true labels of the rows written to test.csv, for checking the predictions.
    private var labels: [Int] = []

    override func setUpWithError() throws {
        guard FileManager.default.fileExists(atPath: NotebookCode.mnist5k.path) else {
            throw XCTSkip("\(NotebookCode.mnist5k.path) is absent; run scripts/fetch-data.sh (make test does)")
        }
        folder = try NotebookCode.temporaryFolder()
        let digits = try Dataset.csv(NotebookCode.mnist5k.path).shuffled(seed: 5).prefix(200)
        labels = digits.labels
        var text = (0..<784).map { "pixel\($0)" }.joined(separator: ",") + "\n"
        let pixels = digits.pixels
        for i in 0..<digits.count {
            text += pixels[i * 784 ..< (i + 1) * 784].map { String(Int($0)) }.joined(separator: ",") + "\n"
        }
        try text.write(to: folder.appendingPathComponent("test.csv"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws { if let folder { try? FileManager.default.removeItem(at: folder) } }

    func testAnUnlabelledFileLoadsAndTheCNNPredictsItsDigits() throws {
        let run = NotebookCode("""
        let test = Dataset.csv("test.csv", imageShape: [28, 28])
        let model = Model.load("\(NotebookCode.cnn.path)")
        print(test.count)
        let predictions = model.predict(test.normalized())
        print(predictions)
        """, root: folder)
        XCTAssertNil(run.error, run.error?.rendered() ?? "")
        let lines = run.text.split(separator: "\n")
        XCTAssertEqual(lines.first, "200")
        let predictions = try XCTUnwrap(lines.last).dropFirst().dropLast().split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        XCTAssertEqual(predictions.count, 200)
        let correct = zip(predictions, labels).filter { $0 == $1 }.count
        XCTAssertGreaterThanOrEqual(correct, 190, "the reference CNN gets about 99 % of MNIST right")
    }

    func testTheHeaderAloneTellsTheLoaderThereAreNoLabels() throws {
        let data = try Dataset.csv(folder.appendingPathComponent("test.csv").path)
        XCTAssertFalse(data.isLabelled)
        XCTAssertEqual(data.imageShape, [28, 28, 1])
        XCTAssertTrue(data.summary().rows.contains { $0 == ("classes", "unknown (no labels)") })
        XCTAssertFalse(try data.normalized().shuffled(seed: 1).prefix(5).isLabelled, "views and transforms stay unlabelled")
    }

    func testWhatNeedsLabelsSaysSoWhereItIsCalled() throws {
        let model = "let model = Model.load(\"\(NotebookCode.cnn.path)\")\n"
        let evaluate = try XCTUnwrap(NotebookCode(model + "let test = Dataset.csv(\"test.csv\", imageShape: [28, 28])\nlet e = model.evaluate(test)", root: folder).error)
        XCTAssertEqual(evaluate.message, "evaluate needs labelled images, but test.csv has no labels (it was loaded without a label column)")
        XCTAssertEqual(evaluate.location?.line, 3)
        XCTAssertEqual(evaluate.location?.column, 15, "at `evaluate`")
        for (code, use) in [("test.classCounts()", "classCounts()"), ("test.labels", "labels"), ("model.fit(test, epochs: 1)", "fit"),
                            ("let (a, b) = test.split(test: 0.5)", "a stratified split (stratified: true)")] {
            let error = try XCTUnwrap(NotebookCode(model + "let test = Dataset.csv(\"test.csv\", imageShape: [28, 28])\n" + code, root: folder).error, code)
            XCTAssertTrue(error.message.hasPrefix("\(use) needs labelled images"), error.message)
            XCTAssertEqual(error.location?.line, 3, code)
        }
    }

    func testAKaggleSubmissionIsOneWriteCSVAndTheRunKnowsItWroteIt() throws {
        let run = NotebookCode("""
        let test = Dataset.csv("test.csv", imageShape: [28, 28]).prefix(3)
        let model = Model.load("\(NotebookCode.cnn.path)")
        let p = model.predict(test.normalized())
        writeCSV("out/submission.csv", columns: ["ImageId", "Label"], rows: [[1, p[0]], [2, p[1]], [3, p[2]]])
        """, root: folder)
        XCTAssertNil(run.error, run.error?.rendered() ?? "")
        let url = folder.appendingPathComponent("out/submission.csv")
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8),
                       "ImageId,Label\r\n1,\(labels[0])\r\n2,\(labels[1])\r\n3,\(labels[2])\r\n")
        XCTAssertEqual(run.context.filesWritten.map(\.path), [url.standardizedFileURL.path])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
        XCTAssertEqual(leftovers, ["submission.csv"], "no temporary file is left behind")
    }

    func testWriteCSVQuotesAsRFC4180AndRefusesWhatIsNotACell() throws {
        let run = NotebookCode("""
        writeCSV("t.csv", columns: ["name", "note", "score"], rows: [["plain", "a, b", 0.5], ["say \\"hi\\"", " padded", 3], ["two\\nlines", "", true]])
        """, root: folder)
        XCTAssertNil(run.error, run.error?.rendered() ?? "")
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("t.csv"), encoding: .utf8),
                       "name,note,score\r\nplain,\"a, b\",0.5\r\n\"say \"\"hi\"\"\",\" padded\",3\r\n\"two\nlines\",,true\r\n")
        let short = try XCTUnwrap(NotebookCode("writeCSV(\"u.csv\", columns: [\"a\", \"b\"], rows: [[1, 2], [3]])", root: folder).error)
        XCTAssertEqual(short.message, "rows[1] has 1 value but there are 2 columns")
        let nested = try XCTUnwrap(NotebookCode("writeCSV(\"u.csv\", columns: [\"a\"], rows: [[[1, 2]]])", root: folder).error)
        XCTAssertEqual(nested.message, "rows[0][0] is [Int]: a CSV cell holds one Int, Double, String or Bool")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("u.csv").path), "nothing is written on an error")
    }
}
