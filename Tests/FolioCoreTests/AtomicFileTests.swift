import FolioCore
import Foundation
import XCTest

final class AtomicFileTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-atomic-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testCreatesParentFoldersReplacesAndLeavesNoTemporaryFiles() throws {
        let target = folder.appendingPathComponent("results/deep/report.html")
        try AtomicFile.write("first", to: target)
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "first")
        try AtomicFile.write(Data("second ✓".utf8), to: target)
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "second ✓")
        let names = try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path)
        XCTAssertEqual(names, ["report.html"])
    }

    func testFailureThrowsAndKeepsTheOldFile() throws {
        // The target is an existing non-empty folder: rename cannot replace it.
        let target = folder.appendingPathComponent("busy")
        try FileManager.default.createDirectory(at: target.appendingPathComponent("inside"), withIntermediateDirectories: true)
        XCTAssertThrowsError(try AtomicFile.write("x", to: target)) { error in
            XCTAssertTrue("\(error)".contains("cannot write"), "\(error)")
            XCTAssertTrue(error.localizedDescription.hasPrefix("cannot write \(target.path): "), error.localizedDescription)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["busy"])
    }
}
