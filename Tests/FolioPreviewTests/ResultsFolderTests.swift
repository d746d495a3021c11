import Foundation
@testable import FolioPreview
import XCTest

final class ResultsFolderTests: XCTestCase {
    private var scratch: Scratch!
    private var folder: ResultsFolder!

    override func setUpWithError() throws {
        scratch = try Scratch()
        try scratch.write("results/report.html", "<html><body>report</body></html>")
        try scratch.write("results/report_files/figure 1.svg", "<svg/>")
        try scratch.write("secret.txt", "outside")
        folder = try ResultsFolder(scratch.url.appendingPathComponent("results"))
    }

    override func tearDown() {
        scratch = nil   // XCTest keeps test cases alive; the folder goes now
    }

    private func file(_ relative: String) -> PathResolution {
        .file(scratch.url.appendingPathComponent("results/" + relative))
    }

    func testFilesInsideTheFolderResolve() {
        XCTAssertEqual(folder.resolve("/report.html"), file("report.html"))
        XCTAssertEqual(folder.resolve("/report.html?reload=1#top"), file("report.html"))
        XCTAssertEqual(folder.resolve("/report_files/figure%201.svg"), file("report_files/figure 1.svg"))
        XCTAssertEqual(folder.resolve("//report.html"), file("report.html"))
    }

    func testMissingFilesAndFoldersAreNotFound() {
        XCTAssertEqual(folder.resolve("/nothing.html"), .notFound)
        XCTAssertEqual(folder.resolve("/report_files"), .notFound)
        XCTAssertEqual(folder.resolve("/"), .notFound)
        // An absolute path in the URL is read inside the folder, where it does not exist.
        XCTAssertEqual(folder.resolve("/etc/passwd"), .notFound)
    }

    func testDotSegmentsAreRefusedInEveryEncoding() {
        for target in ["/../secret.txt", "/report_files/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
                       "/.%2e/secret.txt", "/./report.html", "/report_files/%2e%2e/report.html"] {
            guard case .refused = folder.resolve(target) else { return XCTFail("\(target) was not refused") }
        }
    }

    func testEncodedSeparatorsNULAndBadEncodingsAreRefused() {
        for target in ["/..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/%2Fetc%2Fpasswd", "/..%5csecret.txt",
                       "/report.html%00.png", "/report%zz.html", "/report%0a.html"] {
            guard case .refused = folder.resolve(target) else { return XCTFail("\(target) was not refused") }
        }
    }

    func testTargetsThatAreNotAbsolutePathsAreRefused() {
        for target in ["report.html", "http://example.com/report.html", "*", "../secret.txt"] {
            guard case .refused = folder.resolve(target) else { return XCTFail("\(target) was not refused") }
        }
    }

    func testSymlinksPointingOutOfTheFolderAreRefused() throws {
        let results = scratch.url.appendingPathComponent("results")
        try FileManager.default.createSymbolicLink(at: results.appendingPathComponent("leak.txt"),
                                                   withDestinationURL: scratch.url.appendingPathComponent("secret.txt"))
        try FileManager.default.createSymbolicLink(at: results.appendingPathComponent("up"),
                                                   withDestinationURL: scratch.url)
        try FileManager.default.createSymbolicLink(at: results.appendingPathComponent("root"),
                                                   withDestinationURL: URL(fileURLWithPath: "/etc"))
        for target in ["/leak.txt", "/up/secret.txt", "/root/passwd", "/root/hostname"] {
            guard case .refused = folder.resolve(target) else { return XCTFail("\(target) was not refused: \(folder.resolve(target))") }
        }
    }

    func testSymlinksStayingInsideTheFolderAreServed() throws {
        let results = scratch.url.appendingPathComponent("results")
        try FileManager.default.createSymbolicLink(at: results.appendingPathComponent("latest.html"),
                                                   withDestinationURL: results.appendingPathComponent("report.html"))
        XCTAssertEqual(folder.resolve("/latest.html"), file("report.html"))
    }

    func testAFolderWhoseNameStartsLikeTheResultsFolderIsOutside() throws {
        // "results-old" shares the prefix "results"; a plain prefix test would let it through.
        try scratch.write("results-old/old.html", "old")
        try FileManager.default.createSymbolicLink(at: scratch.url.appendingPathComponent("results/old"),
                                                   withDestinationURL: scratch.url.appendingPathComponent("results-old"))
        guard case .refused = folder.resolve("/old/old.html") else { return XCTFail("a sibling folder was served") }
    }
}
