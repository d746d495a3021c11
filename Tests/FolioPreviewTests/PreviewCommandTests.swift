import Foundation
import FolioPreview
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// `folio preview` as a user starts it: the printed address, the served page, the stop signal.
final class PreviewCommandTests: XCTestCase {
    private var scratch: Scratch!
    private var process: Process?

    override func tearDown() {
        if let process, process.isRunning { process.terminate(); process.waitUntilExit() }
        scratch = nil
    }

    private func folioExecutable() throws -> URL {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for configuration in ["debug", "release"] {
            let url = root.appendingPathComponent(".build/\(configuration)/folio")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        throw XCTSkip("the folio executable is not built (run `swift build` first)")
    }

    /// Starts `folio preview ARGS` in the scratch folder; stdout and stderr go to files there.
    private func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = try folioExecutable()
        process.arguments = ["preview"] + arguments
        process.currentDirectoryURL = scratch.url
        FileManager.default.createFile(atPath: scratch.url.appendingPathComponent("stdout.txt").path, contents: nil)
        FileManager.default.createFile(atPath: scratch.url.appendingPathComponent("stderr.txt").path, contents: nil)
        process.standardOutput = FileHandle(forWritingAtPath: scratch.url.appendingPathComponent("stdout.txt").path)
        process.standardError = FileHandle(forWritingAtPath: scratch.url.appendingPathComponent("stderr.txt").path)
        try process.run()
        self.process = process
        return process
    }

    private func output(_ name: String) -> String {
        (try? String(contentsOf: scratch.url.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }

    private func waitForLine(containing text: String, in name: String, seconds: TimeInterval) -> String? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let line = output(name).split(separator: "\n").first(where: { $0.contains(text) }) { return String(line) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    private func waitForExit(_ process: Process, seconds: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        return !process.isRunning
    }

    func testPrintsTheAddressServesTheReportAndStopsOnCtrlC() throws {
        scratch = try Scratch()
        try scratch.write("tiny.md", "# Tiny\n\n```swift\nlet x = 1 + 1\nprint(\"value is \\(x)\")\n```\n")
        let process = try start(["tiny.md", "--port", "0", "--quiet"])
        guard let line = waitForLine(containing: "Serving", in: "stdout.txt", seconds: 20) else {
            return XCTFail("no address printed; stderr: \(output("stderr.txt"))")
        }
        let pattern = #"^Serving results/tiny\.html at http://127\.0\.0\.1:([0-9]+)/tiny\.html — watching 1 file; Ctrl-C to stop$"#
        let regex = try NSRegularExpression(pattern: pattern)
        guard let match = regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
              let portRange = Range(match.range(at: 1), in: line), let port = Int(line[portRange]) else {
            return XCTFail("unexpected line: \(line)")
        }
        let reply = try RawClient(port: port).get("/tiny.html")
        XCTAssertEqual(reply.status, 200)
        XCTAssertTrue(reply.body.contains("value is 2"))
        XCTAssertTrue(reply.body.contains("/__folio/events"))

        kill(process.processIdentifier, SIGINT)
        XCTAssertTrue(waitForExit(process, seconds: 5), "folio preview did not stop on SIGINT")
        XCTAssertEqual(process.terminationStatus, 130)
        XCTAssertThrowsError(try RawClient(port: port).connect(), "the port is still open")
    }

    func testUntilStopsEveryRunAfterTheLabelledCell() throws {
        scratch = try Scratch()
        try scratch.write("two.md", "```swift\n//| label: first\nprint(\"first ran\")\n```\n\n```swift\nprint(\"second ran\")\n```\n")
        let process = try start(["two.md", "--port", "0", "--quiet", "--until", "first"])
        guard let line = waitForLine(containing: "Serving", in: "stdout.txt", seconds: 20),
              let port = line.split(separator: ":").last.flatMap({ Int($0.prefix { $0.isNumber }) }) else {
            return XCTFail("no address printed; stderr: \(output("stderr.txt"))")
        }
        let reply = try RawClient(port: port).get("/two.html")
        XCTAssertTrue(reply.body.contains("<pre class=\"out-text\">first ran</pre>"), reply.body)
        XCTAssertFalse(reply.body.contains("<pre class=\"out-text\">second ran"), "the cell after the label ran")
        XCTAssertTrue(reply.body.contains("✓ 1 of 2 cells ran"), "the header counts the cells that ran")
        XCTAssertTrue(reply.body.contains("<p class=\"cell-note\">Not run.</p>"))
        kill(process.processIdentifier, SIGINT)
        XCTAssertTrue(waitForExit(process, seconds: 5))
    }

    func testAPortInUseIsAUsageError() throws {
        scratch = try Scratch()
        try scratch.write("tiny.md", "# Tiny\n\n```swift\n1 + 1\n```\n")
        let busy = try PreviewServer(port: 0)
        defer { busy.stop() }
        let process = try start(["tiny.md", "--port", String(busy.port)])
        XCTAssertTrue(waitForExit(process, seconds: 10))
        XCTAssertEqual(process.terminationStatus, 2)
        XCTAssertTrue(output("stderr.txt").contains("port \(busy.port) on 127.0.0.1 is already in use"), output("stderr.txt"))
    }
}
