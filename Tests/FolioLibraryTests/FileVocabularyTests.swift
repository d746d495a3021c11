import FolioCore
import FolioLanguage
@testable import FolioLibrary
import XCTest

/// fileExists through the language: relative paths resolve against the run's root.
final class FileVocabularyTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("data/mnist"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: folder.appendingPathComponent("data/mnist/train-images-idx3-ubyte.gz"))
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func printed(_ code: String) throws -> String {
        let session = Session(vocabulary: FolioVocabulary.full, context: RunContext(rootDirectory: folder))
        let cell = session.parse(code, file: "t.md", firstLine: 1)
        let diagnostics = cell.diagnostics + session.check(cell)
        if let first = diagnostics.first(where: { $0.severity == .error }) { XCTFail(first.rendered()); return "" }
        let run = session.run(cell)
        if let error = run.error { XCTFail(error.rendered()) }
        return run.outputs.compactMap { if case .text(let t) = $0 { return t } else { return nil } }.joined(separator: "\n")
    }

    func testFilesAndFoldersExistRelativeToTheRoot() throws {
        let text = try printed("""
        print(fileExists("data/mnist/train-images-idx3-ubyte.gz"), fileExists("data/mnist"), fileExists("data"))
        print(fileExists("data/mnist/t10k-images-idx3-ubyte.gz"), fileExists("elsewhere"))
        """)
        XCTAssertEqual(text.split(separator: "\n"), ["true true true", "false false"])
    }

    func testAbsolutePathsAreUsedAsGiven() throws {
        let absolute = folder.appendingPathComponent("data/mnist").path
        XCTAssertEqual(try printed("print(fileExists(\"\(absolute)\"), fileExists(\"\(absolute)/missing.gz\"))"), "true false")
    }

    func testChoosesADataSourceWithIfElse() throws {
        let text = try printed("""
        var source = "5k"
        if fileExists("data/mnist/train-images-idx3-ubyte.gz") { source = "full" } else { source = "5k" }
        print(source)
        """)
        XCTAssertEqual(text, "full")
    }

    func testANonStringPathIsAStaticError() {
        let session = Session(vocabulary: FolioVocabulary.full, context: RunContext(rootDirectory: folder))
        let cell = session.parse("fileExists(3)", file: "t.md", firstLine: 1)
        let errors = (cell.diagnostics + session.check(cell)).filter { $0.severity == .error }
        XCTAssertFalse(errors.isEmpty)
    }
}
