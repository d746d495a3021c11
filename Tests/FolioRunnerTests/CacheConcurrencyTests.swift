import FolioCore
@testable import FolioRunner
import XCTest

/// Many `folio` processes sharing one cache at once — some reusing entries, some rewriting the
/// same entries (`--refresh`), with `folio cache prune --all` trying to empty it meanwhile —
/// leave a cache of whole, valid entries that gives every run the same results.
final class CacheConcurrencyTests: XCTestCase {
    private static let notebook = """
    ---
    params:
      epochs: 3
    ---

    ```swift
    //| label: load
    let data = Dataset.csv("d.csv", labelColumn: "label", imageShape: [2, 2]).normalized()
    ```

    ```swift
    //| label: fit
    let model = LogisticRegression(l2: 0.0001)
    let history = model.fit(data, epochs: epochs, seed: 1)
    ```

    ```swift
    //| label: evaluate
    let evaluation = model.evaluate(data)
    record("loss", evaluation.loss)
    record("accuracy", evaluation.accuracy)
    ```
    """

    private static let csv: String = {
        var rows = ["label,a,b,c,d"]
        for i in 0..<40 {
            let noise = i % 7
            rows.append(i % 2 == 0 ? "0,\(200 + noise),10,\(210 - noise),5" : "1,12,\(220 - noise),8,\(205 + noise)")
        }
        return rows.joined(separator: "\n") + "\n"
    }()

    /// The `*recorded* name: value` lines of a Markdown report.
    private func records(_ report: String) -> [String] {
        report.split(separator: "\n").filter { $0.hasPrefix("*recorded*") }.map(String.init)
    }

    func testManyProcessesWritingTheSameEntriesLeaveAValidCache() throws {
        let executable = try folioExecutable()
        let scratch = try Scratch()
        try scratch.write("d.csv", Self.csv)
        try scratch.write("nb.md", Self.notebook)
        let processes = 12
        var launched: [(Process, Pipe)] = []
        for index in 0..<processes {
            let process = Process()
            process.executableURL = executable
            // Half reuse what is there, half recompute and rewrite every entry; every third one
            // runs with other params, so different entries are written at the same time too.
            var arguments = ["run", "nb.md", "--quiet", "--output", "out-\(index)", "--to", "md"]
            if index % 2 == 1 { arguments.append("--refresh") }
            if index % 3 == 2 { arguments += ["-p", "epochs=2"] }
            if index == 5 || index == 9 { arguments = ["cache", "prune", "--all"] }
            process.arguments = arguments
            process.currentDirectoryURL = scratch.url
            process.environment = ProcessInfo.processInfo.environment.merging(["SWIFT_BACKTRACE": "enable=no"]) { $1 }
            let err = Pipe()
            process.standardError = err
            process.standardOutput = FileHandle.nullDevice
            launched.append((process, err))
        }
        for (process, _) in launched { try process.run() }
        var outcomes: [(arguments: [String], status: Int32, stderr: String)] = []
        for (process, err) in launched {
            let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            outcomes.append((process.arguments ?? [], process.terminationStatus, text))
        }

        var expected: [String: [String]] = [:]
        for (index, outcome) in outcomes.enumerated() {
            if outcome.arguments.first == "cache" {
                // Pruning either had the cache to itself or refused, naming the runs in its way.
                XCTAssertTrue(outcome.status == 0 || outcome.stderr.contains("in use by a running folio"), outcome.stderr)
                continue
            }
            XCTAssertEqual(outcome.status, 0, "run \(index): \(outcome.stderr)")
            XCTAssertFalse(outcome.stderr.contains("unusable"), "run \(index) read a damaged entry: \(outcome.stderr)")
            let report = try scratch.read("out-\(index)/nb.md")
            let key = outcome.arguments.contains("epochs=2") ? "2" : "3"
            if let first = expected[key] {
                XCTAssertEqual(records(report), first, "run \(index) computed other results")
            } else {
                XCTAssertEqual(records(report).count, 2)
                expected[key] = records(report)
            }
        }

        // Every entry is whole: its description and its values pass their checksums; no
        // temporary file of a write is left behind.
        let cells = scratch.url.appendingPathComponent(".folio-cache/cells")
        let files = (FileManager.default.enumerator(at: cells, includingPropertiesForKeys: nil)?.allObjects as? [URL]) ?? []
        XCTAssertTrue(files.filter { $0.pathExtension == "tmp" }.isEmpty, "\(files)")
        let entries = files.filter { $0.pathExtension == "cell" }
        XCTAssertFalse(entries.isEmpty)
        for url in entries {
            let (entry, offset, checksum) = try CacheEntry.readDescription(from: url)
            XCTAssertEqual(entry.baseKey, url.deletingPathExtension().lastPathComponent)
            _ = try CacheEntry.loadValues(from: url, offset: offset, checksum: checksum)
        }
        // No run is live any more: nothing holds the cache, and pruning goes ahead.
        XCTAssertTrue(CacheLease.holders(in: scratch.url.appendingPathComponent(".folio-cache")).isEmpty)

        // A last run takes every cell from the cache and shows the same records.
        let last = try runFolio(["run", "nb.md", "--output", "out-last", "--to", "md"], in: scratch.url)
        XCTAssertEqual(last.status, 0, last.stderr)
        XCTAssertTrue(last.stderr.contains("3 from cache"), last.stderr)
        XCTAssertEqual(records(try scratch.read("out-last/nb.md")), expected["3"])
        let pruned = try runFolio(["cache", "prune", "--all"], in: scratch.url)
        XCTAssertEqual(pruned.status, 0, pruned.stderr)
    }

    func testPruningWaitsForNoLiveRunAndSaysWhoHoldsTheCache() throws {
        let scratch = try Scratch()
        let cache = scratch.url.appendingPathComponent(".folio-cache")
        let live = CellCache(directory: cache, root: scratch.url)
        XCTAssertEqual(CacheLease.holders(in: cache).map(\.pid), [ProcessInfo.processInfo.processIdentifier])
        XCTAssertThrowsError(try CachePruner.prune(directory: cache, all: true)) { error in
            XCTAssertTrue("\(error)".contains("pid \(ProcessInfo.processInfo.processIdentifier)"), "\(error)")
        }
        XCTAssertEqual(CachePruner.trim(directory: cache, limit: 0).removedEntries, 0)
        live.finish(notebookPath: scratch.url.appendingPathComponent("nb.md").path)
        XCTAssertTrue(CacheLease.holders(in: cache).isEmpty)
        XCTAssertNoThrow(try CachePruner.prune(directory: cache, all: true))
    }
}
