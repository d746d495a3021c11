import FolioCore
import FolioReport
import Foundation
import XCTest

final class NotebookJSONTests: XCTestCase {
    func testSampleNotebookGolden() throws {
        golden.assertMatches(NotebookJSON.render(try SampleReport.document()), "sample.ipynb")
    }

    func testStructure() throws {
        let json = NotebookJSON.render(try SampleReport.document())
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        XCTAssertEqual(object?["nbformat"] as? Int, 4)
        XCTAssertEqual(object?["nbformat_minor"] as? Int, 5)
        let cells = object?["cells"] as? [[String: Any]] ?? []
        XCTAssertEqual(cells.filter { $0["cell_type"] as? String == "code" }.count, 7)
        let ids = cells.compactMap { $0["id"] as? String }
        XCTAssertEqual(Set(ids).count, cells.count, "cell ids must be unique")
        let evaluate = cells.first { $0["id"] as? String == "cell-4-evaluate" }
        let error = (evaluate?["outputs"] as? [[String: Any]])?.first
        XCTAssertEqual(error?["output_type"] as? String, "error")
        XCTAssertEqual(error?["evalue"] as? String, "unknown name 'tset'")
        let load = cells.first { $0["id"] as? String == "cell-1-load" }
        let loadOutputs = load?["outputs"] as? [[String: Any]] ?? []
        XCTAssertEqual((loadOutputs[1]["data"] as? [String: Any])?.keys.sorted(), ["text/html", "text/plain"])
        let skipped = cells.first { $0["id"] as? String == "cell-5" }
        XCTAssertTrue(skipped?["execution_count"] is NSNull)
        // Deterministic.
        XCTAssertEqual(json, NotebookJSON.render(try SampleReport.document()))
    }

    /// Validates against the official nbformat schema when Python and nbformat are installed.
    func testValidatesWithNbformat() throws {
        // The python3 on PATH first (where `pip install` put nbformat), then the system one.
        let onPath = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/python3" }
        let python = (onPath + ["/usr/bin/python3", "/usr/local/bin/python3"]).first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let python else { throw XCTSkip("python3 not found") }
        let check = Process()
        check.executableURL = URL(fileURLWithPath: python)
        check.arguments = ["-c", "import nbformat"]
        check.standardError = Pipe()
        try check.run()
        check.waitUntilExit()
        guard check.terminationStatus == 0 else { throw XCTSkip("nbformat not installed (pip install nbformat)") }

        let url = FileManager.default.temporaryDirectory.appendingPathComponent("folio-\(UUID().uuidString).ipynb")
        defer { try? FileManager.default.removeItem(at: url) }
        try AtomicFile.write(NotebookJSON.render(try SampleReport.document()), to: url)
        let validate = Process()
        validate.executableURL = URL(fileURLWithPath: python)
        validate.arguments = ["-c", "import nbformat, sys; nb = nbformat.read(sys.argv[1], 4); nbformat.validate(nb); print('valid')", url.path]
        let out = Pipe(), err = Pipe()
        validate.standardOutput = out
        validate.standardError = err
        try validate.run()
        let outText = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errText = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        validate.waitUntilExit()
        XCTAssertEqual(validate.terminationStatus, 0, errText)
        XCTAssertEqual(outText, "valid\n")
    }
}
