import FolioLibrary
import FolioReport
@testable import FolioRunner
import XCTest

/// The tutorial notebook, end to end on the real 5k digits, trimmed to one epoch so it stays quick.
final class QuickstartTests: XCTestCase {
    func testQuickstartRunsWithoutAnErrorCell() throws {
        _ = try mnist5k()
        let scratch = try Scratch()
        var options = RunOptions(outputDirectory: scratch.url, rootDirectory: packageRoot,
                                 paramOverrides: [("epochs", "1")], formats: [.html, .md], quiet: true)
        options.cacheDirectory = scratch.url.appendingPathComponent("cache")
        let result = try NotebookRunner(vocabulary: FolioVocabulary.full, archives: FolioVocabulary.archives, options: options)
            .run(notebookAt: packageRoot.appendingPathComponent("notebooks/quickstart.md").path)
        let cells = result.document.blocks.compactMap { if case .cell(let c) = $0 { return c } else { return nil } }
        XCTAssertEqual(result.failedCells, 0, cells.flatMap(\.outputs).filter { if case .error = $0 { return true } else { return false } }.description)
        XCTAssertTrue(cells.allSatisfy { $0.status == .ok })
        // One epoch on 3,600 digits already gets far beyond chance.
        let markdown = try scratch.read("quickstart.md")
        let accuracyLine = markdown.split(separator: "\n").first { $0.hasPrefix("test accuracy: ") }
        let accuracy = accuracyLine.flatMap { Double($0.dropFirst("test accuracy: ".count)) }
        XCTAssertGreaterThan(accuracy ?? 0, 0.8, "\(String(describing: accuracyLine))")
        XCTAssertTrue(scratch.exists("quickstart_files"))

        // Run again: every cell comes from the cache (the CNN, the datasets, the evaluation are
        // restored) and the report shows the same outputs.
        let again = try NotebookRunner(vocabulary: FolioVocabulary.full, archives: FolioVocabulary.archives, options: options)
            .run(notebookAt: packageRoot.appendingPathComponent("notebooks/quickstart.md").path)
        let againCells = again.document.blocks.compactMap { if case .cell(let c) = $0 { return c } else { return nil } }
        XCTAssertEqual(again.cachedCells, cells.count)
        XCTAssertEqual(againCells.map(\.outputs), cells.map(\.outputs))
    }
}
