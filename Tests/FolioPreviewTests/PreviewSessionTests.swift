import Foundation
import FolioLibrary
@testable import FolioPreview
import FolioRunner
import XCTest
#if canImport(Glibc)
import Glibc
#endif

final class PreviewSessionTests: XCTestCase {
    private var scratch: Scratch!
    private var session: PreviewSession!
    private var client: RawClient!
    private var watching: Thread?
    private let stopLock = NSLock()
    private var stopRequested = false
    private let watchEnded = DispatchSemaphore(value: 0)
    private let logLock = NSLock()
    private var logLines: [String] = []
    /// Called on the watching thread with every line the session logs.
    private var onLog: (String) -> Void = { _ in }

    private func notebook(_ expression: String) -> String {
        "# Tiny\n\n```swift\nlet x = \(expression)\nprint(\"value is \\(x)\")\n```\n"
    }

    private func makeSession(notebookText: String) throws -> URL {
        scratch = try Scratch()
        let path = try scratch.write("tiny.md", notebookText)
        var options = RunOptions(outputDirectory: scratch.url.appendingPathComponent("results"), rootDirectory: scratch.url,
                                 formats: [.html], quiet: true)
        options.cacheDirectory = scratch.url.appendingPathComponent(".folio-cache")
        session = try PreviewSession(notebookPath: path.path,
                                     runner: NotebookRunner(vocabulary: FolioVocabulary.full, archives: FolioVocabulary.archives, options: options),
                                     outputDirectory: scratch.url.appendingPathComponent("results"), port: 0,
                                     log: { [unowned self] line in
                                         logLock.lock()
                                         logLines.append(line)
                                         logLock.unlock()
                                         onLog(line)
                                     })
        session.pollInterval = 0.05
        session.settleInterval = 0.05
        session.start()
        client = RawClient(port: session.port)
        return path
    }

    private func startWatching() {
        let thread = Thread { [self] in
            session.watch(until: isStopRequested)
            watchEnded.signal()
        }
        watching = thread
        thread.start()
    }

    override func tearDown() {
        if watching != nil {
            stopLock.lock()
            stopRequested = true
            stopLock.unlock()
            _ = watchEnded.wait(timeout: .now() + 5)
        }
        session?.stop()
        session = nil
        scratch = nil   // XCTest keeps test cases alive; the folder goes now
    }

    private func isStopRequested() -> Bool {
        stopLock.lock()
        defer { stopLock.unlock() }
        return stopRequested
    }

    private func openEvents() throws -> Int32 {
        let socket = try client.connect()
        let request = Array("GET /__folio/events HTTP/1.1\r\nHost: 127.0.0.1:\(session.port)\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, request.count, Int32(MSG_NOSIGNAL)) }
        return socket
    }

    func testEditingTheNotebookReRunsItAndAnnouncesAReload() throws {
        let path = try makeSession(notebookText: notebook("1 + 1"))
        session.runOnce()
        XCTAssertTrue(try client.get("/tiny.html").body.contains("value is 2"))
        let events = try openEvents()
        defer { close(events) }
        XCTAssertTrue(client.read(events, until: "data: 1\n\n", seconds: 3).contains("event: reload\ndata: 1\n\n"))
        startWatching()

        try notebook("40 + 2").write(to: path, atomically: true, encoding: .utf8)
        let stream = client.read(events, until: "data: 2\n\n", seconds: 5)
        XCTAssertTrue(stream.contains("event: reload\ndata: 2\n\n"), stream)
        let page = try client.get("/tiny.html").body
        XCTAssertTrue(page.contains("value is 42"), page)
        XCTAssertTrue(page.contains("var served=2"))
    }

    func testAChangeDuringARunTriggersExactlyOneMoreRun() throws {
        let path = try makeSession(notebookText: notebook("1 + 1"))
        session.runOnce()
        var edited = false
        // Saves again just as the first re-run starts, after the watcher took its baseline.
        onLog = { [self] line in
            guard line.hasPrefix("changed:"), !edited else { return }
            edited = true
            try? notebook("3 + 3").write(to: path, atomically: true, encoding: .utf8)
        }
        let events = try openEvents()
        defer { close(events) }
        _ = client.read(events, until: "data: 1\n\n", seconds: 3)
        startWatching()
        try notebook("2 + 2").write(to: path, atomically: true, encoding: .utf8)

        XCTAssertTrue(client.read(events, until: "data: 3\n\n", seconds: 5).contains("data: 3"))
        XCTAssertTrue(try client.get("/tiny.html").body.contains("value is 6"))
        // Quiet files: no further runs.
        XCTAssertFalse(client.read(events, until: "data: 4\n\n", seconds: 0.6).contains("data: 4"))
        logLock.lock()
        let reruns = logLines.filter { $0.hasPrefix("changed:") }.count
        logLock.unlock()
        XCTAssertEqual(reruns, 2)
    }

    func testANotebookThatCannotRunShowsTheErrorAndWatchingGoesOn() throws {
        let path = try makeSession(notebookText: "---\ntitle: \"unterminated\nparams: [\n---\n\n" + notebook("1 + 1"))
        guard case .couldNotRun(let message) = session.runOnce() else { return XCTFail("a broken front matter ran") }
        XCTAssertTrue(message.contains("error"), message)
        let page = try client.get("/tiny.html")
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.body.contains("The notebook could not run"), page.body)

        let events = try openEvents()
        defer { close(events) }
        _ = client.read(events, until: "data: 1\n\n", seconds: 3)
        startWatching()
        try notebook("3 * 3").write(to: path, atomically: true, encoding: .utf8)
        XCTAssertTrue(client.read(events, until: "data: 2\n\n", seconds: 5).contains("data: 2"))
        let fixed = try client.get("/tiny.html").body
        XCTAssertTrue(fixed.contains("value is 9"))
        XCTAssertFalse(fixed.contains("folio-preview-error"))
    }

    func testAFolderALoaderReadIsWatchedFileByFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-watch-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("3"), withIntermediateDirectories: true)
        try Data([1]).write(to: folder.appendingPathComponent("3/a.pgm"))
        try Data([2]).write(to: folder.appendingPathComponent("b.pgm"))
        let paths = PreviewSession.watchedPaths(for: folder)
        XCTAssertEqual(paths.first, folder.standardizedFileURL.path)
        XCTAssertTrue(paths.contains(folder.appendingPathComponent("3/a.pgm").path), "\(paths)")
        XCTAssertTrue(paths.contains(folder.appendingPathComponent("b.pgm").path), "\(paths)")
        XCTAssertEqual(PreviewSession.watchedPaths(for: folder.appendingPathComponent("b.pgm")), [folder.appendingPathComponent("b.pgm").path])
    }

    func testAPathTheNotebookOnlyAskedAboutIsWatchedToo() throws {
        let text = "# Probe\n\n```swift\nprint(fileExists(\"later.csv\"))\n```\n"
        _ = try makeSession(notebookText: text)
        guard case .ran(let result) = session.runOnce() else { return XCTFail("the notebook did not run") }
        XCTAssertEqual(result.failedCells, 0)
        let later = scratch.url.appendingPathComponent("later.csv").standardizedFileURL.path
        XCTAssertTrue(session.watchedPaths.contains(later), "\(session.watchedPaths)")
        XCTAssertTrue(result.document.facts.dataFiles.isEmpty)
    }

    func testFilesTheNotebookReadsAreWatchedToo() throws {
        let csv = "0,0,0,0,0\n255,255,255,255,1\n"
        let text = "# Data\n\n```swift\nlet data = Dataset.csv(\"tiny.csv\", labelColumn: -1, imageShape: [2, 2])\nprint(\"rows: \\(data.count)\")\n```\n"
        _ = try makeSession(notebookText: text)
        let data = try scratch.write("tiny.csv", csv)
        guard case .ran(let result) = session.runOnce() else { return XCTFail("the notebook did not run") }
        XCTAssertEqual(result.failedCells, 0)
        XCTAssertTrue(session.watchedPaths.contains(data.path), "\(session.watchedPaths)")
        XCTAssertTrue(try client.get("/tiny.html").body.contains("rows: 2"))

        let events = try openEvents()
        defer { close(events) }
        _ = client.read(events, until: "data: 1\n\n", seconds: 3)
        startWatching()
        try (csv + "255,0,255,0,0\n").write(to: data, atomically: true, encoding: .utf8)
        XCTAssertTrue(client.read(events, until: "data: 2\n\n", seconds: 5).contains("data: 2"))
        XCTAssertTrue(try client.get("/tiny.html").body.contains("rows: 3"))
    }
}
