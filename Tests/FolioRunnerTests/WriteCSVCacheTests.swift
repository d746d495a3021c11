import FolioLibrary
@testable import FolioRunner
import XCTest

/// A cell that wrote a CSV is cached like one that saved a model: reused while the file is there
/// and unchanged, run again when it is missing or edited.
final class WriteCSVCacheTests: XCTestCase {
    private let notebook = """
    ```swift
    let labels = [7, 2, 1]
    writeCSV("results/submission.csv", columns: ["ImageId", "Label"], rows: [[1, labels[0]], [2, labels[1]], [3, labels[2]]])
    ```
    """

    func testAMissingOrEditedCSVRunsTheWritingCellAgain() throws {
        let scratch = try Scratch()
        let path = try scratch.write("nb.md", notebook)
        func run() throws -> RunResult {
            let options = RunOptions(outputDirectory: scratch.url.appendingPathComponent("out"), rootDirectory: scratch.url, quiet: true)
            return try NotebookRunner(vocabulary: FolioVocabulary.full, archives: FolioVocabulary.archives, options: options).run(notebookAt: path)
        }
        let expected = "ImageId,Label\r\n1,7\r\n2,2\r\n3,1\r\n"
        XCTAssertEqual(try run().cachedCells, 0)
        XCTAssertEqual(try scratch.read("results/submission.csv"), expected)
        XCTAssertEqual(try run().cachedCells, 1, "nothing changed")
        try FileManager.default.removeItem(at: scratch.url.appendingPathComponent("results/submission.csv"))
        XCTAssertEqual(try run().cachedCells, 0, "the file it wrote is gone")
        XCTAssertEqual(try scratch.read("results/submission.csv"), expected)
        try scratch.write("results/submission.csv", "ImageId,Label\r\n")
        XCTAssertEqual(try run().cachedCells, 0, "the file it wrote was changed")
        XCTAssertEqual(try scratch.read("results/submission.csv"), expected)
    }
}
