import FolioCore
import FolioLanguage
import FolioLibrary
import FolioReport
@testable import FolioRunner
import XCTest

/// The per-cell cache: what is reused, what runs again, and that a cached run shows exactly what
/// a fresh one does.
final class CellCacheTests: XCTestCase {
    private static func notebook(epochs: String = "epochs", greeting: String = "hello", evaluate: String = "print(model.evaluate(data).loss)") -> String {
        """
        ---
        params:
          epochs: 3
        ---

        # Cache test

        ```swift
        //| label: load
        let data = Dataset.csv("d.csv", labelColumn: "label", imageShape: [2, 2]).normalized()
        ```

        ```swift
        //| label: model
        let model = LogisticRegression(l2: 0.0001)
        ```

        ```swift
        //| label: fit
        let history = model.fit(data, epochs: \(epochs), seed: 1)
        ```

        ```swift
        //| label: unrelated
        let greeting = "\(greeting)"
        print(greeting)
        ```

        ```swift
        //| label: evaluate
        \(evaluate)
        ```
        """
    }

    /// Eight 2×2 images of two classes: bright left column (0) or bright right column (1).
    private static let csv: String = {
        var rows = ["label,a,b,c,d"]
        for i in 0..<8 {
            let noise = i % 3
            rows.append(i % 2 == 0 ? "0,\(200 + noise),10,\(210 - noise),5" : "1,12,\(220 - noise),8,\(205 + noise)")
        }
        return rows.joined(separator: "\n") + "\n"
    }()

    private final class Project {
        let scratch: Scratch
        var options: RunOptions
        init() throws {
            scratch = try Scratch()
            try scratch.write("d.csv", CellCacheTests.csv)
            options = RunOptions(outputDirectory: scratch.url.appendingPathComponent("out"), rootDirectory: scratch.url, quiet: true)
        }

        func run(_ notebook: String, _ change: (inout RunOptions) -> Void = { _ in }) throws -> RunResult {
            let path = try scratch.write("nb.md", notebook)
            var runOptions = options
            change(&runOptions)
            return try NotebookRunner(vocabulary: FolioVocabulary.full, archives: FolioVocabulary.archives, options: runOptions).run(notebookAt: path)
        }

        var cacheFolder: URL { scratch.url.appendingPathComponent(".folio-cache") }

        func entries() -> [URL] {
            let walker = FileManager.default.enumerator(at: cacheFolder.appendingPathComponent("cells"), includingPropertiesForKeys: nil)
            return (walker?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "cell" }
        }
    }

    private func cells(_ result: RunResult) -> [CellReport] {
        result.document.blocks.compactMap { if case .cell(let c) = $0 { return c } else { return nil } }
    }

    /// Labels of the cells that came from the cache.
    private func cached(_ result: RunResult) -> [String] {
        cells(result).filter(\.fromCache).compactMap(\.label)
    }

    private func outputs(_ result: RunResult) -> [[Output]] { cells(result).map(\.outputs) }

    func testASecondRunReusesEveryCellAndShowsTheSameOutputs() throws {
        let project = try Project()
        let first = try project.run(Self.notebook())
        XCTAssertEqual(first.failedCells, 0, "\(outputs(first))")
        XCTAssertEqual(cached(first), [])
        let second = try project.run(Self.notebook())
        XCTAssertEqual(cached(second), ["load", "model", "fit", "unrelated", "evaluate"])
        XCTAssertEqual(second.cachedCells, 5)
        XCTAssertEqual(outputs(second), outputs(first))
        XCTAssertEqual(cells(second).map(\.duration), cells(first).map(\.duration), "a cached cell shows how long it took when it ran")
        let html = try project.scratch.read("out/nb.html")
        XCTAssertTrue(html.contains("· cached"))
        XCTAssertTrue(html.contains("(all from the cache)"))
    }

    func testEditingTheLastCellRunsOnlyIt() throws {
        let project = try Project()
        _ = try project.run(Self.notebook())
        let edited = try project.run(Self.notebook(evaluate: "print(\"accuracy:\", model.evaluate(data).accuracy)"))
        XCTAssertEqual(cached(edited), ["load", "model", "fit", "unrelated"])
        guard case .text(let text)? = cells(edited).last?.outputs.first else { return XCTFail("no output") }
        XCTAssertTrue(text.hasPrefix("accuracy: "), text)
    }

    func testAnUpstreamEditRunsItsDependentsAndNothingElse() throws {
        let project = try Project()
        let first = try project.run(Self.notebook())
        let edited = try project.run(Self.notebook(epochs: "1"))
        // fit changed: it and evaluate (which reads the model fit trained) run; unrelated does not.
        XCTAssertEqual(cached(edited), ["load", "model", "unrelated"])
        let fresh = try project.run(Self.notebook(epochs: "1")) { $0.cacheMode = .off }
        XCTAssertEqual(outputs(edited), outputs(fresh), "a cached run shows what a clean run shows")
        XCTAssertNotEqual(outputs(first).last, outputs(edited).last, "one epoch instead of three ends at another loss")
    }

    func testAParamChangeRunsTheCellsThatReadIt() throws {
        let project = try Project()
        _ = try project.run(Self.notebook())
        let changed = try project.run(Self.notebook()) { $0.paramOverrides = [("epochs", "1")] }
        XCTAssertEqual(cached(changed), ["load", "model", "unrelated"])
        let again = try project.run(Self.notebook()) { $0.paramOverrides = [("epochs", "1")] }
        XCTAssertEqual(again.cachedCells, 5)
    }

    func testADataFileChangeRunsTheLoadingCellAndWhatDependsOnIt() throws {
        let project = try Project()
        let first = try project.run(Self.notebook())
        // Same size, other pixels: only the content tells.
        try project.scratch.write("d.csv", Self.csv.replacingOccurrences(of: "0,200,10,210,5", with: "0,100,10,210,5"))
        let changed = try project.run(Self.notebook())
        XCTAssertEqual(cached(changed), ["model", "unrelated"])
        XCTAssertEqual(changed.failedCells, 0)
        XCTAssertNotEqual(outputs(first).last, outputs(changed).last, "the model trained on the new pixels has another loss")
    }

    func testAChangeInsideAFolderALoaderReadRunsItAgain() throws {
        let project = try Project()
        func pgm(_ pixels: [UInt8]) -> Data { Data("P5\n2 2\n255\n".utf8) + Data(pixels) }
        let folder = project.scratch.url.appendingPathComponent("digits")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try pgm([0, 255, 255, 0]).write(to: folder.appendingPathComponent("0_a.pgm"))
        try pgm([255, 0, 0, 255]).write(to: folder.appendingPathComponent("1_b.pgm"))
        let notebook = "```swift\nlet mine = Dataset.images(\"digits\")\nprint(mine.count)\n```\n"
        XCTAssertEqual(try project.run(notebook).failedCells, 0)
        XCTAssertEqual(try project.run(notebook).cachedCells, 1)
        try pgm([255, 255, 0, 0]).write(to: folder.appendingPathComponent("1_c.pgm"))
        let changed = try project.run(notebook)
        XCTAssertEqual(changed.cachedCells, 0)
        XCTAssertEqual(outputs(changed), [[.text("3")]])
        XCTAssertEqual(try project.run(notebook).cachedCells, 1)
    }

    func testACellThatAskedWhetherAFileExistsRunsWhenItAppears() throws {
        let project = try Project()
        let notebook = "```swift\nvar source = \"small\"\nif fileExists(\"big.csv\") { source = \"big\" }\nprint(source)\n```\n"
        XCTAssertEqual(outputs(try project.run(notebook)), [[.text("small")]])
        XCTAssertEqual(try project.run(notebook).cachedCells, 1)
        try project.scratch.write("big.csv", "label,a\n0,1\n")
        let appeared = try project.run(notebook)
        XCTAssertEqual(appeared.cachedCells, 0)
        XCTAssertEqual(outputs(appeared), [[.text("big")]])
        XCTAssertEqual(cells(appeared).first?.runReason, "ran: 'big.csv' exists now")
        try project.scratch.write("big.csv", "label,a\n1,1\n")
        XCTAssertEqual(try project.run(notebook).cachedCells, 1, "only the existence was asked, not the content")
        XCTAssertTrue(appeared.document.facts.dataFiles.isEmpty, "a probed path is not listed as a data file read")
    }

    func testANewFolioVersionRunsEverything() throws {
        let project = try Project()
        _ = try project.run(Self.notebook())
        let upgraded = try project.run(Self.notebook()) { $0.cacheVersion = "99.0.0" }
        XCTAssertEqual(cached(upgraded), [])
        XCTAssertEqual(cells(upgraded).first?.runReason, "ran: the Folio build changed")
    }

    func testARebuiltFolioRunsEverything() throws {
        let project = try Project()
        let build = try project.scratch.write("bin/folio", "the first build")
        let first = try project.run(Self.notebook()) { $0.buildFile = URL(fileURLWithPath: build) }
        XCTAssertEqual(first.cachedCells, 0)
        let again = try project.run(Self.notebook()) { $0.buildFile = URL(fileURLWithPath: build) }
        XCTAssertEqual(again.cachedCells, again.document.cells.count)
        try project.scratch.write("bin/folio", "a rebuild with changed code")
        let rebuilt = try project.run(Self.notebook()) { $0.buildFile = URL(fileURLWithPath: build) }
        XCTAssertEqual(cached(rebuilt), [])
    }

    func testAboveItsLimitTheCacheDropsOnlyEntriesNoLatestRunUses() throws {
        let project = try Project()
        _ = try project.run(Self.notebook(greeting: "first")) { $0.cacheLimitBytes = nil }
        _ = try project.run(Self.notebook(greeting: "second")) { $0.cacheLimitBytes = nil }
        XCTAssertEqual(project.entries().count, 6, "without a limit the first run's 'unrelated' entry stays")

        // A limit far below the cache's size: the stale entry goes, the five in use stay.
        let trimmed = try project.run(Self.notebook(greeting: "second")) { $0.cacheLimitBytes = 1 }
        XCTAssertEqual(trimmed.cachedCells, 5)
        XCTAssertEqual(project.entries().count, 5)
        XCTAssertEqual(try project.run(Self.notebook(greeting: "second")).cachedCells, 5, "everything in use is still there")
        XCTAssertEqual(cached(try project.run(Self.notebook(greeting: "first"))), ["load", "model", "fit", "evaluate"],
                       "the dropped entry runs again")

        // A limit the cache fits under removes nothing.
        let before = project.entries().count
        _ = try project.run(Self.notebook(greeting: "third")) { $0.cacheLimitBytes = 1 << 30 }
        XCTAssertEqual(project.entries().count, before + 1)
    }

    func testACorruptEntryIsRecomputedNotTrusted() throws {
        let project = try Project()
        let edited = Self.notebook(evaluate: "print(\"loss\", model.evaluate(data).loss)")
        let fresh = try project.run(edited) { $0.cacheMode = .off }
        // Damage every entry in its description (the outputs), in its values, and by truncation;
        // each time the last cell changes too, so it needs the values of the cells before it.
        let damages: [(String, (inout Data) -> Void)] = [
            ("a flipped byte near the start", { $0[min($0.count - 1, 60)] ^= 0x55 }),
            ("a flipped byte at the end", { $0[$0.count - 1] ^= 0x55 }),
            ("truncation", { $0 = $0.prefix($0.count * 2 / 3) }),
        ]
        for (name, damage) in damages {
            _ = try project.run(Self.notebook())
            XCTAssertEqual(project.entries().count, 5)
            for entry in project.entries() {
                var bytes = try Data(contentsOf: entry)
                damage(&bytes)
                try bytes.write(to: entry)
            }
            let recovered = try project.run(edited)
            XCTAssertEqual(recovered.failedCells, 0, name)
            XCTAssertEqual(outputs(recovered), outputs(fresh), name)
            XCTAssertEqual(cached(recovered).filter { $0 != "unrelated" }, [], "\(name): nothing the last cell needs comes from a damaged entry")
            try FileManager.default.removeItem(at: project.cacheFolder)
        }
    }

    func testCacheFalseAlwaysRunsAndSoDoesWhatReadsIt() throws {
        let project = try Project()
        let notebook = Self.notebook().replacingOccurrences(of: "//| label: model", with: "//| label: model\n//| cache: false")
        _ = try project.run(notebook)
        let second = try project.run(notebook)
        XCTAssertEqual(cached(second), ["load", "unrelated"])
    }

    func testNoCacheNeitherReadsNorWritesAndRefreshReplaces() throws {
        let project = try Project()
        let off = try project.run(Self.notebook()) { $0.cacheMode = .off }
        XCTAssertEqual(off.cachedCells, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: project.cacheFolder.path))
        _ = try project.run(Self.notebook())
        let refreshed = try project.run(Self.notebook()) { $0.cacheMode = .refresh }
        XCTAssertEqual(refreshed.cachedCells, 0)
        XCTAssertEqual(try project.run(Self.notebook()).cachedCells, 5)
    }

    func testTrainingThroughAnAliasInvalidatesTheOriginalName() throws {
        let project = try Project()
        func notebook(_ epochs: Int) -> String {
            """
            ```swift
            let data = Dataset.csv("d.csv", labelColumn: "label", imageShape: [2, 2]).normalized()
            let model = LogisticRegression()
            let same = model
            ```

            ```swift
            //| label: train
            same.fit(data, epochs: \(epochs), seed: 3)
            ```

            ```swift
            //| label: score
            print(model.evaluate(data).loss)
            ```
            """
        }
        _ = try project.run(notebook(1))
        let changed = try project.run(notebook(4))
        XCTAssertEqual(cached(changed), [], "score reads the model that train changed through another name")
        let fresh = try project.run(notebook(4)) { $0.cacheMode = .off }
        XCTAssertEqual(outputs(changed), outputs(fresh))
        // Restored from the cache, the two names still share one model.
        let cachedRun = try project.run(notebook(4) + "\n\n```swift\nsame.fit(data, epochs: 2, seed: 3)\nprint(model.evaluate(data).loss)\n```\n")
        let freshRun = try project.run(notebook(4) + "\n\n```swift\nsame.fit(data, epochs: 2, seed: 3)\nprint(model.evaluate(data).loss)\n```\n") { $0.cacheMode = .off }
        XCTAssertEqual(cachedRun.cachedCells, 3)
        XCTAssertEqual(outputs(cachedRun), outputs(freshRun))
    }

    func testAMissingWrittenFileRunsTheWritingCellAgain() throws {
        let project = try Project()
        let notebook = """
        ```swift
        let data = Dataset.csv("d.csv", labelColumn: "label", imageShape: [2, 2]).normalized()
        let model = LogisticRegression()
        model.fit(data, epochs: 1)
        model.save("models/m.safetensors")
        ```
        """
        _ = try project.run(notebook)
        XCTAssertEqual(try project.run(notebook).cachedCells, 1)
        try FileManager.default.removeItem(at: project.scratch.url.appendingPathComponent("models/m.safetensors"))
        let rerun = try project.run(notebook)
        XCTAssertEqual(rerun.cachedCells, 0)
        XCTAssertEqual(cells(rerun).first?.runReason, "ran: 'models/m.safetensors' is missing")
        try project.scratch.write("models/m.safetensors", "not the model it wrote")
        XCTAssertEqual(cells(try project.run(notebook)).first?.runReason, "ran: 'models/m.safetensors', which it wrote, changed")
        XCTAssertTrue(project.scratch.exists("models/m.safetensors"))
    }

    func testAFailedCellIsNotCached() throws {
        let project = try Project()
        let notebook = Self.notebook(evaluate: "print(model.evaluate(dta).loss)")
        XCTAssertEqual(try project.run(notebook).failedCells, 1)
        let second = try project.run(notebook)
        XCTAssertEqual(second.failedCells, 1)
        XCTAssertEqual(cached(second), ["load", "model", "fit", "unrelated"])
    }

    func testPruneKeepsWhatTheLatestRunUsedAndRemovesTheRest() throws {
        let project = try Project()
        _ = try project.run(Self.notebook())
        _ = try project.run(Self.notebook(greeting: "bonjour"))
        XCTAssertEqual(project.entries().count, 6)
        let dry = try CachePruner.prune(directory: project.cacheFolder, dryRun: true)
        XCTAssertEqual(dry.removedEntries, 1)
        XCTAssertEqual(project.entries().count, 6)
        let result = try CachePruner.prune(directory: project.cacheFolder)
        XCTAssertEqual(result.removedEntries, 1)
        XCTAssertEqual(result.keptEntries, 5)
        XCTAssertGreaterThan(result.freedBytes, 0)
        XCTAssertEqual(try project.run(Self.notebook(greeting: "bonjour")).cachedCells, 5)
        let all = try CachePruner.prune(directory: project.cacheFolder, all: true)
        XCTAssertEqual(all.removedEntries, 5)
        XCTAssertEqual(project.entries().count, 0)
    }
}
