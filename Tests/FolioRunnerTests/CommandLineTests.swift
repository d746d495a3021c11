import XCTest

/// Runs the `folio` executable as a user would and checks what it prints and how it exits.
final class CommandLineTests: XCTestCase {
    func testRunWritesReportsAndExitsZero() throws {
        let scratch = try Scratch()
        try scratch.write("notebooks/hello.md", "# Hi\n\n```swift\nprint(\"hi\")\n```\n")
        let result = try runFolio(["run", "notebooks/hello.md", "--quiet"], in: scratch.url)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(scratch.exists("results/hello.html"))
        XCTAssertTrue(scratch.exists("results/hello.md"))
    }

    func testAFailingCellExitsOneAndStillWritesTheReport() throws {
        let scratch = try Scratch()
        try scratch.write("nb.md", "```swift\nlet x = 1 / 0\n```\n")
        let result = try runFolio(["run", "nb.md", "--quiet", "--output", "out"], in: scratch.url)
        XCTAssertEqual(result.status, 1)
        XCTAssertFalse(result.crashed)
        XCTAssertTrue(result.stderr.contains("nb.md:2:"), result.stderr)
        XCTAssertTrue(try scratch.read("out/nb.html").contains("division by zero"))
    }

    func testUsageErrorsExitTwo() throws {
        let scratch = try Scratch()
        try scratch.write("nb.md", "---\nparams:\n  epochs: 3\n---\n\n```swift\nprint(epochs)\n```\n")
        let cases: [([String], String)] = [
            (["run", "missing.md"], "error: no such notebook: missing.md"),
            (["run", "nb.md", "-p", "epochz=4"], "error: unknown param 'epochz'"),
            (["run", "nb.md", "-p", "epochs=lots"], "error: param 'epochs' expects an Int, got 'lots'"),
            (["run", "nb.md", "-p", "epochs"], "-p expects key=value"),
            (["run", "nb.md", "--to", "pdf"], "unknown format 'pdf'"),
            (["frobnicate"], "Unexpected argument 'frobnicate'"),
            (["run", "nb.md", "--no-cache", "--refresh"], "--no-cache and --refresh contradict each other"),
        ]
        for (arguments, message) in cases {
            let result = try runFolio(arguments, in: scratch.url)
            XCTAssertFalse(result.crashed, "\(arguments)")
            XCTAssertNotEqual(result.status, 0, "\(arguments)")
            XCTAssertTrue([1, 2, 64].contains(result.status), "\(arguments): status \(result.status)")
            XCTAssertTrue(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
    }

    func testASecondRunComesFromTheCacheAndPruneCleansUp() throws {
        let scratch = try Scratch()
        try scratch.write("nb.md", "```swift\nlet x = 20 + 1\n```\n\n```swift\nprint(x * 2)\n```\n")
        XCTAssertEqual(try runFolio(["run", "nb.md"], in: scratch.url).status, 0)
        let second = try runFolio(["run", "nb.md"], in: scratch.url)
        XCTAssertTrue(second.stderr.contains("2 cells, 0 failed, 0 skipped, 2 from cache"), second.stderr)
        XCTAssertTrue(try scratch.read("results/nb.md").contains("42"))
        let uncached = try runFolio(["run", "nb.md", "--no-cache"], in: scratch.url)
        XCTAssertFalse(uncached.stderr.contains("from cache"), uncached.stderr)

        try scratch.write("nb.md", "```swift\nlet x = 20 + 2\n```\n\n```swift\nprint(x * 2)\n```\n")
        let edited = try runFolio(["run", "nb.md"], in: scratch.url)
        XCTAssertFalse(edited.stderr.contains("from cache"), edited.stderr)
        XCTAssertTrue(try scratch.read("results/nb.md").contains("44"))
        let dry = try runFolio(["cache", "prune", "--dry-run"], in: scratch.url)
        XCTAssertEqual(dry.stdout, "would remove 2 entries (0.0 MB); kept 2\n", dry.stderr)
        let pruned = try runFolio(["cache", "prune"], in: scratch.url)
        XCTAssertTrue(pruned.stdout.hasPrefix("removed 2 entries"), pruned.stdout)
        XCTAssertTrue(try runFolio(["run", "nb.md"], in: scratch.url).stderr.contains("2 from cache"))
        let none = try runFolio(["cache", "prune", "--root", "elsewhere"], in: scratch.url)
        XCTAssertTrue(none.stdout.contains("nothing to prune"), none.stdout)
    }

    func testEachEpochGetsALineNamingTheModelWithItsValidationScores() throws {
        let scratch = try Scratch()
        var csv = "label,a,b\n"
        for i in 0..<40 { csv += i % 2 == 0 ? "0,\(200 + i),\(i)\n" : "1,\(i),\(210 - i)\n" }
        try scratch.write("d.csv", csv)
        try scratch.write("nb.md", """
            ```swift
            let data = Dataset.csv("d.csv", labelColumn: "label", imageShape: [2]).normalized()
            let lr = LogisticRegression(l2: 0.0001)
            let lrHistory = lr.fit(data, epochs: 2, validationSplit: 0.25, seed: 1)
            let net = Sequential(name: "Tiny") {
                Dense(4, activation: .relu)
                Dense(2, activation: .softmax)
            }
            let netHistory = net.fit(data, epochs: 3, seed: 1)
            ```
            """)
        let result = try runFolio(["run", "nb.md", "--no-cache"], in: scratch.url)
        XCTAssertEqual(result.status, 0, result.stderr)
        // stderr is a pipe here, not a terminal: one plain line per finished epoch, no bar.
        let epochLines = result.stderr.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.contains(" epoch ") }
        XCTAssertEqual(epochLines.map { $0.components(separatedBy: " loss ")[0] },
                       ["LogisticRegression(l2: 0.0001) epoch 1/2", "LogisticRegression(l2: 0.0001) epoch 2/2",
                        "Tiny epoch 1/3", "Tiny epoch 2/3", "Tiny epoch 3/3"], result.stderr)
        XCTAssertTrue(epochLines.prefix(2).allSatisfy { $0.contains(" · validation loss ") }, result.stderr)
        XCTAssertFalse(epochLines.dropFirst(2).contains { $0.contains("validation") }, "no validation data, no validation scores")
        XCTAssertFalse(result.stderr.contains("ETA"), "no bar and no ETA off a terminal")
    }

    func testAFullDiskLeavesThePreviousReportAndSaysSo() throws {
        let scratch = try Scratch()
        let out = scratch.url.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        // A 200 KB file system stands in for a full disk; mounting one needs root (as in CI).
        guard runTool("/bin/mount", ["-t", "tmpfs", "-o", "size=200k", "tmpfs", out.path]) == 0 else {
            throw XCTSkip("cannot mount a small tmpfs here (not root?)")
        }
        defer { _ = runTool("/bin/umount", [out.path]) }
        try scratch.write("nb.md", "```swift\nprint(\"small\")\n```\n")
        XCTAssertEqual(try runFolio(["run", "nb.md", "-o", "out", "-q"], in: scratch.url).status, 0)
        let before = try scratch.read("out/nb.html")
        // 40,000 printed lines make a report far larger than the space left.
        try scratch.write("nb.md", "```swift\nvar s = \"\"\nfor i in 0..<40000 { s += \"line \\(i)\\n\" }\nprint(s)\n```\n")
        let full = try runFolio(["run", "nb.md", "-o", "out", "-q"], in: scratch.url)
        XCTAssertFalse(full.crashed)
        XCTAssertEqual(full.status, 2)
        XCTAssertTrue(full.stderr.contains("cannot write \(out.path)/nb.html: No space left on device"), full.stderr)
        XCTAssertEqual(try scratch.read("out/nb.html"), before, "the previous report is untouched")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [], "no half-written temporary file is left")
    }

    func testCheckReportsEveryErrorAndExitsOne() throws {
        let scratch = try Scratch()
        try scratch.write("nb.md", "```swift\nprint(a)\nprint(b)\n```\n")
        let result = try runFolio(["check", "nb.md"], in: scratch.url)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("nb.md:2:7: error: unknown name 'a'"), result.stderr)
        XCTAssertTrue(result.stderr.contains("nb.md:3:7: error: unknown name 'b'"), result.stderr)
        XCTAssertTrue(result.stdout.contains("nb.md: 2 errors"))
    }

    func testHelpExplainsALanguageNameAndSuggestsNearOnes() throws {
        let scratch = try Scratch()
        let found = try runFolio(["help", "Dataset.csv"], in: scratch.url)
        XCTAssertEqual(found.status, 0)
        XCTAssertTrue(found.stdout.contains("labelColumn"), found.stdout)
        let missing = try runFolio(["help", "Sequentail"], in: scratch.url)
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("Sequential"), missing.stderr)
    }
}

/// A signal during a long cell: the report of what ran so far is written, and folio exits 128 + signal.
final class InterruptionTests: XCTestCase {
    func testSIGTERMWritesAReportThatSaysWhereTheRunStopped() throws {
        let scratch = try Scratch()
        try scratch.write("long.md", """
        ```swift
        print("first cell ran")
        ```

        ```swift
        //| steps: 2000000000
        var t = 0
        for i in 0..<1_000_000_000 { t += 1 }
        ```

        ```swift
        print("never reached")
        ```
        """)
        let process = Process()
        process.executableURL = try folioExecutable()
        process.arguments = ["run", "long.md", "--quiet", "--output", "out"]
        process.currentDirectoryURL = scratch.url
        process.standardError = Pipe()
        try process.run()
        Thread.sleep(forTimeInterval: 2)
        process.terminate()   // SIGTERM
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 128 + SIGTERM)
        let html = try scratch.read("out/long.html")
        XCTAssertTrue(html.contains("first cell ran"))
        XCTAssertTrue(html.contains("the run was interrupted (SIGTERM) while this cell was running"))
        XCTAssertFalse(html.contains("never reached</"))
    }

    /// During training the convolution passes run on worker threads; the signal must still end
    /// the process cleanly (before, `exit` tore down globals under those threads: a crash report).
    func testSIGTERMDuringTrainingExitsCleanly() throws {
        let scratch = try Scratch()
        var rows = ["label," + (0..<784).map { "p\($0)" }.joined(separator: ",")]
        for row in 0..<256 {
            rows.append("\(row % 10)," + (0..<784).map { String(($0 * 7 + row * 13) % 256) }.joined(separator: ","))
        }
        try scratch.write("images.csv", rows.joined(separator: "\n") + "\n")
        try scratch.write("train.md", """
        ```swift
        let data = Dataset.csv("images.csv", labelColumn: "label", imageShape: [28, 28]).normalized()
        let net = Sequential {
            Conv2D(32, kernel: 3, padding: .same, activation: .relu)
            Conv2D(32, kernel: 3, padding: .same, activation: .relu)
            Flatten()
            Dense(10, activation: .softmax)
        }
        net.fit(data, epochs: 1000, batchSize: 128, optimizer: .adam(lr: 0.001))
        ```
        """)
        let process = Process()
        process.executableURL = try folioExecutable()
        process.arguments = ["run", "train.md", "--quiet", "--output", "out"]
        process.currentDirectoryURL = scratch.url
        let stderr = Pipe()
        process.standardError = stderr
        try process.run()
        Thread.sleep(forTimeInterval: 4)
        process.terminate()
        let errors = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 128 + SIGTERM, errors)
        XCTAssertFalse(errors.contains("crashed"), errors)
        XCTAssertTrue(try scratch.read("out/train.html").contains("the run was interrupted (SIGTERM) while this cell was running"))
    }
}

/// Runs a system tool quietly and returns its exit status (-1 when it cannot start).
private func runTool(_ path: String, _ arguments: [String]) -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return -1 }
    process.waitUntilExit()
    return process.terminationStatus
}

/// `folio run --explain`: for each cell, "cached" or what made it run, on stderr, exactly; the
/// report's cell header carries the same words as its tooltip.
final class ExplainTests: XCTestCase {
    private static let notebook = """
        ---
        params:
          lr: 0.01
        ---

        ```swift
        //| label: load
        let data = Dataset.csv("d.csv", labelColumn: "label", imageShape: [2])
        ```

        ```swift
        let n = data.count
        ```

        ```swift
        print(lr * 2)
        ```

        ```swift
        //| cache: false
        let t = 1
        ```

        ```swift
        print(t)
        ```

        ```swift
        //| eval: false
        print("not today")
        ```
        """

    private func explain(_ arguments: [String] = [], in scratch: Scratch, executable: URL? = nil) throws -> ProcessResult {
        try runFolio(["run", "nb.md", "--quiet", "--explain"] + arguments, in: scratch.url, executable: executable)
    }

    private func lines(_ reasons: String...) -> String { reasons.map { $0 + "\n" }.joined() }

    func testEachReasonIsNamedExactly() throws {
        let scratch = try Scratch()
        try scratch.write("d.csv", "label,a,b\n0,1,2\n1,3,4\n")
        try scratch.write("nb.md", Self.notebook)

        let first = try explain(in: scratch)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(first.stderr, lines(
            "cell 1 (load): ran: no cache entry (first run)",
            "cell 2: ran: no cache entry (first run)",
            "cell 3: ran: no cache entry (first run)",
            "cell 4: ran: cache: false",
            "cell 5: ran: no cache entry (first run)",
            "cell 6: not run (eval: false)"))

        let again = try explain(in: scratch)
        XCTAssertEqual(again.status, 0)
        XCTAssertEqual(again.stderr, lines(
            "cell 1 (load): cached", "cell 2: cached", "cell 3: cached", "cell 4: ran: cache: false",
            "cell 5: ran: name 't' was set again by cell 4", "cell 6: not run (eval: false)"))
        let html = try scratch.read("results/nb.html")
        XCTAssertTrue(html.contains("<div class=\"cell-head\" title=\"cached\"><a class=\"cell-number\" href=\"#cell-1\">"), html)
        XCTAssertTrue(html.contains("<div class=\"cell-head\" title=\"ran: name &#39;t&#39; was set again by cell 4\">"), html)

        let param = try explain(["-p", "lr=0.001"], in: scratch)
        XCTAssertEqual(param.status, 0)
        XCTAssertEqual(param.stderr, lines(
            "cell 1 (load): cached", "cell 2: cached", "cell 3: ran: param 'lr' changed (0.01 → 0.001)",
            "cell 4: ran: cache: false", "cell 5: ran: name 't' was set again by cell 4", "cell 6: not run (eval: false)"))

        // Back at lr 0.01, cell 3 finds the entry of the first run.
        try scratch.write("d.csv", "label,a,b\n0,1,2\n1,3,5\n")
        let data = try explain(in: scratch)
        XCTAssertEqual(data.stderr, lines(
            "cell 1 (load): ran: the content of 'd.csv' changed", "cell 2: ran: name 'data' was set again by cell 1 (load)",
            "cell 3: cached", "cell 4: ran: cache: false",
            "cell 5: ran: name 't' was set again by cell 4", "cell 6: not run (eval: false)"))

        try scratch.write("nb.md", Self.notebook.replacingOccurrences(of: "let n = data.count", with: "let n = data.count + 1"))
        let code = try explain(in: scratch)
        XCTAssertEqual(code.stderr, lines(
            "cell 1 (load): cached", "cell 2: ran: its code changed", "cell 3: cached", "cell 4: ran: cache: false",
            "cell 5: ran: name 't' was set again by cell 4", "cell 6: not run (eval: false)"))

        XCTAssertEqual(try explain(["--refresh"], in: scratch).stderr, lines(
            "cell 1 (load): ran: --refresh", "cell 2: ran: --refresh", "cell 3: ran: --refresh", "cell 4: ran: --refresh",
            "cell 5: ran: --refresh", "cell 6: not run (eval: false)"))
        XCTAssertEqual(try explain(["--no-cache"], in: scratch).stderr, lines(
            "cell 1 (load): ran: --no-cache", "cell 2: ran: --no-cache", "cell 3: ran: --no-cache", "cell 4: ran: --no-cache",
            "cell 5: ran: --no-cache", "cell 6: not run (eval: false)"))

        XCTAssertEqual(try runFolio(["cache", "prune", "--all"], in: scratch.url).status, 0)
        let pruned = try explain(["--until", "load"], in: scratch)
        XCTAssertEqual(pruned.status, 0)
        XCTAssertEqual(pruned.stderr, lines(
            "cell 1 (load): ran: no cache entry (deleted by 'folio cache prune' or the size limit)",
            "cell 2: not run (after --until load)", "cell 3: not run (after --until load)", "cell 4: not run (after --until load)",
            "cell 5: not run (after --until load)", "cell 6: not run (after --until load)"))

        // Another build of folio (a copy has another modification time) recomputes everything.
        let copy = scratch.url.appendingPathComponent("bin/folio")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: try folioExecutable(), to: copy)
        let rebuilt = try explain(["--until", "load"], in: scratch, executable: copy)
        XCTAssertEqual(rebuilt.stderr.split(separator: "\n").first, "cell 1 (load): ran: the Folio build changed")
    }

    func testAFailedCellSaysSoNextTimeAndItsDependentsAreSkipped() throws {
        let scratch = try Scratch()
        try scratch.write("nb.md", "```swift\nlet zero = 0\nlet x = 1 / zero\n```\n\n```swift\nprint(x)\n```\n")
        for expected in ["ran: no cache entry (first run)", "ran: it failed last time"] {
            let result = try explain(in: scratch)
            XCTAssertEqual(result.status, 1, result.stderr)
            XCTAssertEqual(result.stderr.split(separator: "\n").filter { $0.hasPrefix("cell ") }.joined(separator: "\n"), """
                cell 1: \(expected)
                cell 2: skipped: needs 'x' from the cell at line 2, which did not run
                """)
        }
    }
}
