import Foundation
import XCTest

/// Runs every program of `Tests/Differential/Programs` through Folio as a notebook and compares
/// what it printed, line for line, with what swiftc made it print (`NNN-topic.expected`).
///
///     swift test --filter FolioDifferentialTests
///     DIFFERENTIAL_PROGRAM=042 swift test --filter FolioDifferentialTests      # programs whose name starts so, with diffs
///     DIFFERENTIAL_WRITE_PENDING=1 swift test --filter FolioDifferentialTests  # rewrite pending.txt from this run
final class DifferentialTests: XCTestCase {
    func testEveryProgramNotPendingPrintsWhatSwiftcPrinted() throws {
        let environment = ProcessInfo.processInfo.environment
        let only = environment["DIFFERENTIAL_PROGRAM"]
        let writePending = environment["DIFFERENTIAL_WRITE_PENDING"] == "1"
        let all = try DifferentialProgram.loadAll()
        let pending = try PendingList.load(DifferentialProgram.pendingFile)
        let known = Set(all.map(\.name))
        for name in pending.names where !known.contains(name) {
            XCTFail("Tests/Differential/pending.txt names '\(name)', which is no program in Tests/Differential/Programs")
        }
        let pendingNames = Set(pending.names)
        let programs = all.filter { only == nil || $0.name.hasPrefix(only ?? "") }

        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("folio-differential-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let started = Date()
        let runs = StandardErrorSilencer.run { programs.map { ($0, FolioNotebookRun.run($0, in: scratch)) } }
        let seconds = Date().timeIntervalSince(started)

        var failing: [String] = []
        for (program, run) in runs {
            let passed = run.matches(program.expectedLines)
            if !passed { failing.append(program.name) }
            if only != nil, !passed {
                print("\(program.name) does not print what swiftc prints\(pendingNames.contains(program.name) ? " (pending)" : ""):\n"
                      + run.explanation(expected: program.expectedLines))
            }
            guard !writePending else { continue }
            if pendingNames.contains(program.name) {
                if passed {
                    XCTFail("\(program.name) now prints what swiftc prints: delete its line from Tests/Differential/pending.txt")
                }
            } else if !passed {
                XCTFail("\(program.name) does not print what swiftc prints (Tests/Differential/Programs/\(program.name).swift):\n"
                        + run.explanation(expected: program.expectedLines))
            }
        }
        print("differential: \(programs.count) programs in \(String(format: "%.1f", seconds)) s: "
              + "\(programs.count - failing.count) print what swiftc prints, \(failing.count) do not, "
              + "\(pendingNames.count) listed as pending")
        if writePending {
            XCTAssertNil(only, "DIFFERENTIAL_WRITE_PENDING=1 needs every program: unset DIFFERENTIAL_PROGRAM")
            guard only == nil else { return }
            try pending.text(for: failing).write(to: DifferentialProgram.pendingFile, atomically: true, encoding: .utf8)
            print("wrote Tests/Differential/pending.txt: \(failing.count) programs")
        }
    }

    /// The suite has the size issue 14 asks for, every program has its recorded output, and each
    /// is split into cells, so that names carry from one cell to the next as in a notebook.
    func testTheSuiteHasTwoHundredRecordedProgramsOfSeveralCells() throws {
        let programs = try DifferentialProgram.loadAll()
        XCTAssertGreaterThanOrEqual(programs.count, 200)
        for program in programs {
            XCTAssertGreaterThanOrEqual(program.cells.count, 2, "\(program.name) is not split into cells by '\(DifferentialProgram.cellSeparator)' lines")
        }
    }

    /// The comparison can fail: a wrong expectation is caught and explained.
    func testAWrongExpectationIsReportedWithADiff() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("folio-differential-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let program = DifferentialProgram(name: "wrong", cells: ["print(1 + 1)", "print(\"b\")"], expectedLines: ["3", "b"])
        let run = FolioNotebookRun.run(program, in: scratch)
        XCTAssertEqual(run.printedLines, ["2", "b"])
        XCTAssertFalse(run.matches(program.expectedLines))
        XCTAssertEqual(run.explanation(expected: program.expectedLines), "printed (- swiftc, + Folio):\n- 3\n+ 2\n  b")
    }

    /// A failing cell is a problem even when the lines before it match.
    func testAFailingCellIsReported() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("folio-differential-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let program = DifferentialProgram(name: "broken", cells: ["print(1)", "print(undefinedName)"], expectedLines: ["1"])
        let run = StandardErrorSilencer.run { FolioNotebookRun.run(program, in: scratch) }
        XCTAssertEqual(run.printedLines, ["1"])
        XCTAssertFalse(run.matches(program.expectedLines))
        XCTAssertEqual(run.problems.count, 1)
        XCTAssertTrue(run.problems.first?.contains("undefinedName") ?? false, run.problems.joined())
    }

    func testCellsAreSplitAtSeparatorLines() {
        let cells = DifferentialProgram.split("let a = 1\n// MARK: cell\n\nprint(a)\n  // MARK: cell\n")
        XCTAssertEqual(cells, ["let a = 1", "print(a)"])
        XCTAssertEqual(DifferentialProgram.lines(of: "a\n\nb\n"), ["a", "", "b"])
        XCTAssertEqual(DifferentialProgram.lines(of: ""), [])
    }
}
