import FolioCore
import FolioLanguage
import FolioLibrary
import FolioReport
@testable import FolioRunner
import XCTest

final class NotebookRunnerTests: XCTestCase {
    private let notebook = """
    ---
    title: Runner test
    params:
      n: 4
      name: "world"
    ---

    # Numbers

    ```swift
    var total = 0
    for i in 0..<n { total += i }
    print("hello, \\(name)")
    total
    ```

    ```swift
    //| label: broken
    let y = totl + 1
    ```

    ```swift
    print(y)
    ```

    ```swift
    //| label: last
    total * 2
    ```

    ```swift
    print("after last")
    ```
    """

    private func run(_ scratch: Scratch, _ options: (inout RunOptions) -> Void = { _ in }) throws -> RunResult {
        let path = try scratch.write("nb.md", notebook)
        var runOptions = RunOptions(outputDirectory: scratch.url.appendingPathComponent("out"), rootDirectory: scratch.url, quiet: true)
        options(&runOptions)
        return try NotebookRunner(vocabulary: FolioVocabulary.full, archives: FolioVocabulary.archives, options: runOptions).run(notebookAt: path)
    }

    private func cells(_ result: RunResult) -> [CellReport] {
        result.document.blocks.compactMap { if case .cell(let c) = $0 { return c } else { return nil } }
    }

    func testAFailedCellIsShownItsDependentsSkippedAndTheRestRuns() throws {
        let scratch = try Scratch()
        let result = try run(scratch)
        XCTAssertEqual(result.exitCode, 1)
        XCTAssertEqual(result.failedCells, 1)
        XCTAssertEqual(result.skippedCells, 1)
        let c = cells(result)
        XCTAssertEqual(c.map(\.status), [.ok, .failed, .skipped(reason: "needs 'y' from the cell at line 18, which did not run"), .ok, .ok])
        XCTAssertEqual(c[0].outputs, [.text("hello, world"), .text("6")])
        guard case .error(let error)? = c[1].outputs.first else { return XCTFail("no error output in \(c[1].outputs)") }
        XCTAssertEqual(error.location, SourceLocation(file: scratch.url.appendingPathComponent("nb.md").path, line: 19, column: 9))
        XCTAssertEqual(error.fix, "did you mean 'total'?")
        XCTAssertEqual(c[3].outputs, [.text("12")])
        // The report exists even though a cell failed, and it shows the failure.
        XCTAssertTrue(try scratch.read("out/nb.html").contains("unknown name"))
        XCTAssertTrue(try scratch.read("out/nb.md").contains("hello, world"))
    }

    func testParamsAreOverriddenAndTypedByTheirDefault() throws {
        let scratch = try Scratch()
        let result = try run(scratch) { $0.paramOverrides = [("n", "5"), ("name", "Folio")] }
        XCTAssertEqual(cells(result)[0].outputs, [.text("hello, Folio"), .text("10")])
    }

    func testUnknownParamListsTheParams() throws {
        let scratch = try Scratch()
        XCTAssertThrowsError(try run(scratch) { $0.paramOverrides = [("nmae", "5")] }) { error in
            XCTAssertEqual((error as? Diagnostic)?.message, "unknown param 'nmae' for \(scratch.url.appendingPathComponent("nb.md").path)")
            XCTAssertEqual((error as? Diagnostic)?.fix, "did you mean 'name'? its params are: n (Int, default 4), name (String, default world)")
        }
        // The one did-you-mean rule of every Folio message: a one-letter name is no typo of another.
        XCTAssertThrowsError(try run(scratch) { $0.paramOverrides = [("m", "5")] }) { error in
            XCTAssertEqual((error as? Diagnostic)?.fix, "its params are: n (Int, default 4), name (String, default world)")
        }
    }

    func testBadParamValueSaysWhatTypeItNeeds() throws {
        let scratch = try Scratch()
        XCTAssertThrowsError(try run(scratch) { $0.paramOverrides = [("n", "many")] }) { error in
            XCTAssertEqual((error as? Diagnostic)?.message, "param 'n' expects an Int, got 'many'")
        }
    }

    func testUntilStopsAfterTheLabelledCell() throws {
        let scratch = try Scratch()
        let result = try run(scratch) { $0.untilLabel = "last" }
        XCTAssertEqual(cells(result).last?.status, .notEvaluated)
        XCTAssertEqual(cells(result)[3].status, .ok)
    }

    func testUntilWithAnUnknownLabelListsTheLabels() throws {
        let scratch = try Scratch()
        XCTAssertThrowsError(try run(scratch) { $0.untilLabel = "nope" }) { error in
            XCTAssertEqual((error as? Diagnostic)?.fix, "labels in this notebook: broken, last")
        }
    }

    func testIpynbIsWrittenWhenAsked() throws {
        let scratch = try Scratch()
        let result = try run(scratch) { $0.formats = [.ipynb] }
        XCTAssertEqual(result.writtenFiles.map(\.lastPathComponent), ["nb.ipynb"])
        let json = try JSONSerialization.jsonObject(with: Data(try scratch.read("out/nb.ipynb").utf8)) as? [String: Any]
        XCTAssertEqual(json?["nbformat"] as? Int, 4)
    }

    func testCheckFindsEveryStaticErrorWithoutRunning() throws {
        let scratch = try Scratch()
        let path = try scratch.write("bad.md", """
        ```swift
        let a = 1
        print(b)
        ```

        ```swift
        let c = Dataset.csv("missing.csv", labelColum: 3)
        ```
        """)
        let diagnostics = NotebookChecker.check(notebookAt: path, vocabulary: FolioVocabulary.full)
        XCTAssertEqual(diagnostics.map(\.location?.line), [3, 7])
        XCTAssertEqual(diagnostics.first?.message, "unknown name 'b'")
        XCTAssertTrue(diagnostics.last?.fix?.contains("labelColumn") ?? false, "\(String(describing: diagnostics.last))")
    }

    func testAMissingNotebookIsAnErrorBeforeAnythingRuns() throws {
        let scratch = try Scratch()
        let runner = NotebookRunner(vocabulary: FolioVocabulary.full, archives: FolioVocabulary.archives,
                                    options: RunOptions(outputDirectory: scratch.url, rootDirectory: scratch.url, quiet: true))
        XCTAssertThrowsError(try runner.run(notebookAt: scratch.url.appendingPathComponent("nope.md").path)) { error in
            XCTAssertTrue((error as? Diagnostic)?.message.hasPrefix("no such notebook") ?? false)
        }
    }
}

final class StepBudgetTests: XCTestCase {
    func testACellRaisesOrLowersItsStepBudgetWithAnOption() throws {
        let scratch = try Scratch()
        let path = try scratch.write("steps.md", """
        ```swift
        //| steps: 50
        var a = 0
        for i in 0..<100 { a += 1 }
        ```

        ```swift
        //| steps: 200
        var b = 0
        for i in 0..<100 { b += 1 }
        b
        ```
        """)
        let options = RunOptions(outputDirectory: scratch.url.appendingPathComponent("out"), rootDirectory: scratch.url, quiet: true)
        let result = try NotebookRunner(vocabulary: FolioVocabulary.full, archives: FolioVocabulary.archives, options: options).run(notebookAt: path)
        let cells = result.document.blocks.compactMap { if case .cell(let c) = $0 { return c } else { return nil } }
        XCTAssertEqual(cells.map(\.status), [.failed, .ok])
        guard case .error(let error)? = cells[0].outputs.last else { return XCTFail("\(cells[0].outputs)") }
        XCTAssertEqual(error.message, "this cell ran more than 50 loop iterations, its step budget")
        XCTAssertEqual(cells[1].outputs, [.text("100")])
    }
}
