import Foundation
@testable import FolioPreview
import XCTest
#if canImport(Glibc)
import Glibc
#endif

final class PreviewServerTests: XCTestCase {
    private var scratch: Scratch!
    private var server: PreviewServer!
    private var state: PreviewState!
    private var client: RawClient!
    private let report = "<!DOCTYPE html><html><body><h1>Report</h1><p>value is 2</p></body></html>"

    override func setUpWithError() throws {
        scratch = try Scratch()
        try scratch.write("results/report.html", report)
        try scratch.write("results/report_files/figure.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        try scratch.write("results/report.md", "# Report")
        try scratch.write("secret.txt", "TOP SECRET")
        state = PreviewState()
        server = try PreviewServer(port: 0)
        let site = ReportSite(folder: try ResultsFolder(scratch.url.appendingPathComponent("results")),
                              reportName: "report.html", notebookName: "report.md", state: state, port: server.port)
        server.start(site: site)
        client = RawClient(port: server.port)
    }

    override func tearDown() {
        server.stop()
        scratch = nil   // XCTest keeps test cases alive; the folder goes now
    }

    func testServesTheReportWithTheLiveReloadScriptButLeavesTheFileAlone() throws {
        let reply = try client.get("/report.html")
        XCTAssertEqual(reply.status, 200)
        XCTAssertEqual(reply.header("Content-Type"), "text/html; charset=utf-8")
        XCTAssertTrue(reply.body.contains("<p>value is 2</p>"))
        XCTAssertTrue(reply.body.contains("new EventSource(\"/__folio/events\")"))
        XCTAssertTrue(reply.body.hasSuffix("</script></body></html>"))
        XCTAssertEqual(Int(reply.header("Content-Length") ?? ""), reply.body.utf8.count)
        let onDisk = try String(contentsOf: scratch.url.appendingPathComponent("results/report.html"), encoding: .utf8)
        XCTAssertEqual(onDisk, report)
    }

    func testRootRedirectsToTheReport() throws {
        let reply = try client.get("/")
        XCTAssertEqual(reply.status, 302)
        XCTAssertEqual(reply.header("Location"), "/report.html")
    }

    func testOtherFilesGetTheirContentTypeAndNoScript() throws {
        let svg = try client.get("/report_files/figure.svg")
        XCTAssertEqual(svg.status, 200)
        XCTAssertEqual(svg.header("Content-Type"), "image/svg+xml")
        XCTAssertFalse(svg.body.contains("EventSource"))
        XCTAssertEqual(try client.get("/report.md").header("Content-Type"), "text/markdown; charset=utf-8")
    }

    func testHeadSendsHeadersOnly() throws {
        let reply = try client.get("/report.html", method: "HEAD")
        XCTAssertEqual(reply.status, 200)
        XCTAssertEqual(reply.body, "")
        XCTAssertGreaterThan(Int(reply.header("Content-Length") ?? "") ?? 0, report.utf8.count)
    }

    func testPathsOutsideTheResultsFolderAreNeverServed() throws {
        try FileManager.default.createSymbolicLink(at: scratch.url.appendingPathComponent("results/leak.txt"),
                                                   withDestinationURL: scratch.url.appendingPathComponent("secret.txt"))
        for target in ["/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/..%2f..%2f..%2fetc%2fpasswd",
                       "/../../../../../../etc/passwd", "/etc/passwd", "/%2Fetc%2Fpasswd", "/leak.txt", "/report_files/../../secret.txt",
                       "/secret.txt", "/report.html%00"] {
            let reply = try client.get(target)
            XCTAssertEqual(reply.status, 404, target)
            XCTAssertFalse(reply.body.contains("TOP SECRET"), target)
            XCTAssertFalse(reply.body.contains("root:"), target)
        }
    }

    func testOnlyGetAndHeadAreAllowed() throws {
        for method in ["POST", "PUT", "DELETE", "OPTIONS"] {
            let reply = try client.send("\(method) /report.html HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: 5\r\n\r\nhello")
            XCTAssertEqual(reply.status, 405, method)
            XCTAssertEqual(reply.header("Allow"), "GET, HEAD")
        }
    }

    /// FlyingFox closes a connection whose request it cannot parse, without an answer (RFC 9112
    /// allows it; our own server used to answer 400); what matters is that nothing is served and
    /// the server keeps serving. A head too large to be a browser's is refused with 431.
    func testMalformedRequestsAreDroppedAndTheServerKeepsServing() throws {
        for garbage in ["GARBAGE\r\n\r\n", "GET /report.html\r\n\r\n", "\u{1}\u{2}\u{3}\r\n\r\n"] {
            let started = Date()
            XCTAssertThrowsError(try client.send(garbage), garbage.debugDescription) { error in
                guard case RawClient.ClientError.noResponse("") = error else { return XCTFail("\(error)") }
            }
            XCTAssertLessThan(Date().timeIntervalSince(started), 2, "the connection is closed at once")
        }
        XCTAssertThrowsError(try client.send("GET /report.html HTTP/1.1\r\nHost", halfClose: true))
        // Many headers that add up to more than a browser sends: refused.
        let many = (0..<200).map { "X-Header-\($0): " + String(repeating: "a", count: 100) + "\r\n" }.joined()
        XCTAssertEqual(try client.send("GET / HTTP/1.1\r\nConnection: close\r\n" + many + "\r\n").status, 431)
        // One line longer than FlyingFox reads is never answered, and holds up no one else.
        let huge = try client.connect()
        defer { close(huge) }
        let line = Array(("GET / HTTP/1.1\r\nX-Big: " + String(repeating: "a", count: 40_000) + "\r\n\r\n").utf8)
        _ = line.withUnsafeBytes { Glibc.send(huge, $0.baseAddress, line.count, Int32(MSG_NOSIGNAL)) }
        let started = Date()
        XCTAssertEqual(try client.get("/report.html").status, 200)
        XCTAssertLessThan(Date().timeIntervalSince(started), 1)
    }

    func testAForeignHostNameIsRefused() throws {
        let reply = try client.send("GET /report.html HTTP/1.1\r\nHost: attacker.example:\(server.port)\r\nConnection: close\r\n\r\n")
        XCTAssertEqual(reply.status, 403)
        XCTAssertEqual(try client.send("GET /report.html HTTP/1.1\r\nHost: localhost:\(server.port)\r\nConnection: close\r\n\r\n").status, 200)
    }

    func testASilentClientDoesNotBlockOthers() throws {
        let silent = try client.connect()
        defer { close(silent) }
        let started = Date()
        XCTAssertEqual(try client.get("/report.html").status, 200)
        XCTAssertLessThan(Date().timeIntervalSince(started), 1)
    }

    func testAMissingReportShowsTheRunningPageThenTheError() throws {
        try FileManager.default.removeItem(at: scratch.url.appendingPathComponent("results/report.html"))
        let running = try client.get("/report.html")
        XCTAssertEqual(running.status, 200)
        XCTAssertTrue(running.body.contains("Running <code>report.md</code>"))
        XCTAssertTrue(running.body.contains("EventSource"))

        state.finishRun(failure: "report.md:2:1: error: bad front matter")
        let failed = try client.get("/report.html")
        XCTAssertEqual(failed.status, 200)
        XCTAssertTrue(failed.body.contains("error: bad front matter"))
        XCTAssertTrue(failed.body.contains("var served=1"))
        XCTAssertEqual(try client.get("/other.html").status, 404)
    }

    func testAFailedRunPutsABannerOverTheLastReport() throws {
        state.finishRun(failure: "report.md:2:1: error: bad front matter")
        let reply = try client.get("/report.html")
        XCTAssertTrue(reply.body.contains("folio-preview-error"))
        XCTAssertTrue(reply.body.contains("<p>value is 2</p>"))
    }

    func testTheEventStreamAnnouncesGenerations() throws {
        let socket = try client.connect()
        defer { close(socket) }
        let request = Array("GET /__folio/events HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, request.count, Int32(MSG_NOSIGNAL)) }
        let opening = client.read(socket, until: "data: 0\n\n", seconds: 3)
        XCTAssertTrue(opening.hasPrefix("HTTP/1.1 200 OK\r\n"), opening)
        XCTAssertTrue(opening.contains("Content-Type: text/event-stream"))
        XCTAssertTrue(opening.contains("event: reload\ndata: 0\n\n"))

        waitForClients(1)
        server.events.heartbeat()
        XCTAssertTrue(client.read(socket, until: ": heartbeat\n\n", seconds: 3).contains(": heartbeat"))
        server.announce(generation: 5)
        XCTAssertTrue(client.read(socket, until: "data: 5\n\n", seconds: 3).contains("event: reload\ndata: 5\n\n"))
    }

    func testAClosedEventStreamIsDropped() throws {
        let socket = try client.connect()
        let request = Array("GET /__folio/events HTTP/1.1\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, request.count, Int32(MSG_NOSIGNAL)) }
        _ = client.read(socket, until: "data: 0\n\n", seconds: 3)
        waitForClients(1)
        close(socket)
        // The first write after the peer closed may still succeed; the next one fails.
        for generation in 1...5 where server.liveReloadClients > 0 {
            server.announce(generation: generation)
            Thread.sleep(forTimeInterval: 0.05)
        }
        XCTAssertEqual(server.liveReloadClients, 0)
    }

    func testATakenPortIsReportedOrTheNextOneUsed() throws {
        XCTAssertThrowsError(try PreviewServer(port: server.port)) { error in
            XCTAssertEqual(error as? PreviewError, .portInUse(first: server.port, last: server.port))
            XCTAssertTrue("\(error)".contains("port \(server.port) on 127.0.0.1 is already in use"))
        }
        let next = try PreviewServer(port: server.port, attempts: 5)
        defer { next.stop() }
        XCTAssertGreaterThan(next.port, server.port)
    }

    func testAReportNameWithSpacesIsEncodedInTheRedirectAndServed() throws {
        try scratch.write("results/my run.html", "<html><body>spaced</body></html>")
        let spaced = try PreviewServer(port: 0)
        defer { spaced.stop() }
        spaced.start(site: ReportSite(folder: try ResultsFolder(scratch.url.appendingPathComponent("results")),
                                      reportName: "my run.html", notebookName: "my run.md", state: state, port: spaced.port))
        let other = RawClient(port: spaced.port)
        XCTAssertEqual(try other.get("/").header("Location"), "/my%20run.html")
        XCTAssertTrue(try other.get("/my%20run.html").body.contains("spaced"))
        try FileManager.default.removeItem(at: scratch.url.appendingPathComponent("results/my run.html"))
        XCTAssertTrue(try other.get("/my%20run.html").body.contains("Running <code>my run.md</code>"))
    }

    private func waitForClients(_ count: Int) {
        let deadline = Date().addingTimeInterval(2)
        while server.liveReloadClients < count && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
    }
}
