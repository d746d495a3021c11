import Foundation
import XCTest

/// Broken notebooks, data files, model files and command lines, run through the real `folio`
/// binary. Each must end with a clear message (file:line:col where there is one) and exit status
/// 1 or 2 — never a signal — and a failed cell must still leave its report behind.
final class BrokenInputTests: XCTestCase {
    /// One broken input: the files to create, the command line, and what must come out.
    struct Case {
        var name: String
        var files: [String: [UInt8]] = [:]
        var arguments: [String]
        /// Substrings that must all appear in stderr + stdout.
        var expected: [String]
        /// The exact exit status, or nil for "1 or 2" (or ArgumentParser's 64) where the runner's
        /// choice is not settled yet.
        var status: Int32?
        /// A report that must exist afterwards (relative to the scratch folder).
        var report: String?
    }

    /// A notebook whose single cell holds `code`; the cell's first line is line 4 of `nb.md`.
    static func notebook(_ code: String, frontMatter: String = "") -> [UInt8] {
        Array("\(frontMatter)# Broken\n\n```swift\n\(code)\n```\n".utf8)
    }

    static func text(_ string: String) -> [UInt8] { Array(string.utf8) }

    /// Runs every case in its own scratch folder and checks message, status and report.
    func check(_ cases: [Case], file: StaticString = #filePath, line: UInt = #line) throws {
        for testCase in cases {
            let scratch = try Scratch()
            for (name, bytes) in testCase.files {
                let url = scratch.url.appendingPathComponent(name)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(bytes).write(to: url)
            }
            let result = try runFolio(testCase.arguments, in: scratch.url)
            let printed = result.stderr + result.stdout
            XCTAssertFalse(result.crashed, "\(testCase.name): folio died by a signal\n\(printed)", file: file, line: line)
            if let status = testCase.status {
                XCTAssertEqual(result.status, status, "\(testCase.name): exit status\n\(printed)", file: file, line: line)
            } else {
                // 64 is ArgumentParser's EX_USAGE; see `usage`.
                XCTAssertTrue([1, 2, 64].contains(result.status), "\(testCase.name): exit status \(result.status)\n\(printed)", file: file, line: line)
            }
            for part in testCase.expected {
                XCTAssertTrue(printed.contains(part), "\(testCase.name): expected '\(part)' in:\n\(printed)", file: file, line: line)
            }
            if let report = testCase.report {
                XCTAssertTrue(scratch.exists(report), "\(testCase.name): the report \(report) was not written", file: file, line: line)
            }
        }
    }

    static func run(_ extra: [String] = []) -> [String] { ["run", "nb.md"] + extra }

    // MARK: Syntax

    /// A cell that does not parse or check fails (status 1) and the report says why.
    func testSyntaxErrors() throws {
        let report = "results/nb.html"
        try check([
            Case(name: "unclosed parenthesis", files: ["nb.md": Self.notebook("let x = (1 + 2")], arguments: Self.run(),
                 expected: ["nb.md:4:15: error: expected ')' to close the parenthesis, found end of cell"], status: 1, report: report),
            Case(name: "unterminated string", files: ["nb.md": Self.notebook("let s = \"abc")], arguments: Self.run(),
                 expected: ["nb.md:4:9: error: unterminated string literal"], status: 1, report: report),
            Case(name: "stray closing brace", files: ["nb.md": Self.notebook("let a = 1\n}")], arguments: Self.run(),
                 expected: ["nb.md:5:1: error: unexpected '}'"], status: 1, report: report),
            Case(name: "let without a name", files: ["nb.md": Self.notebook("let = 3")], arguments: Self.run(),
                 expected: ["nb.md:4:5: error: expected a name, found '='"], status: 1, report: report),
            // Found by fuzzing: an error inside a nested block used to trap in the parser (SIGILL).
            Case(name: "error inside a nested block",
                 files: ["nb.md": Self.notebook("for i in 0..<3 {\n  if i == 0 ar { print(i) }\n}")], arguments: Self.run(),
                 expected: ["nb.md:5:13: error: expected '{' after the if condition, found 'ar'"], status: 1, report: report),
            // The same, two blocks deep: the parser's newline-mode stack was emptied and popped again.
            Case(name: "error two blocks deep",
                 files: ["nb.md": Self.notebook("for i in 0..<3 {\n  for j in 0..<3 {\n    if i == j ar { print(i) }\n  }\n}")],
                 arguments: Self.run(), expected: ["nb.md:6:15: error: expected '{' after the if condition, found 'ar'"],
                 status: 1, report: report),
            // The input libFuzzer found (Fuzz/Corpus/FuzzLanguage/regression-parser-block-sync.folio).
            Case(name: "fuzz crash fc5d6d91", files: ["nb.md": Self.notebook("""
                    var total = 0
                    for i in 0..<100 {
                      if i % 3 == 0 ar total = 0
                    for i in 0..<100 {
                      if i % 3 == 0 { total += i } { total += i } else { total -= 1 }
                    }
                    print(total)
                    """)],
                 arguments: Self.run(), expected: ["nb.md:6:17: error: expected '{' after the if condition, found 'ar'",
                                                   "nb.md:8:32: error: unexpected '{' after the statement",
                                                   "nb.md:10:13: error: expected '}' to close the block, found end of cell"],
                 status: 1, report: report),
            Case(name: "two statements on a line", files: ["nb.md": Self.notebook("let a = 1 let b = 2")], arguments: Self.run(),
                 expected: ["nb.md:4:11: error: unexpected 'let' after the statement"], status: 1, report: report),
            Case(name: "unclosed block", files: ["nb.md": Self.notebook("if true {\n  print(1)")], arguments: Self.run(),
                 expected: ["nb.md:5:11: error: expected '}' to close the block, found end of cell"], status: 1, report: report),
            Case(name: "syntax error in a later cell keeps its own line",
                 files: ["nb.md": Self.text("# T\n\n```swift\nlet a = 1\n```\n\nText.\n\n```swift\nlet b = a +\n```\n")],
                 arguments: Self.run(), expected: ["nb.md:11:1: error: expected an expression at end of cell"], status: 1, report: report),
        ])
    }

    // MARK: Names, labels and types

    func testNamesLabelsAndTypes() throws {
        let report = "results/nb.html"
        try check([
            Case(name: "unknown name", files: ["nb.md": Self.notebook("print(undefinedThing)")], arguments: Self.run(),
                 expected: ["nb.md:4:7: error: unknown name 'undefinedThing'"], status: 1, report: report),
            Case(name: "misspelled function", files: ["nb.md": Self.notebook("let l = Dens(10)")], arguments: Self.run(),
                 expected: ["nb.md:4:9: error: unknown name 'Dens'", "fix: did you mean 'Dense'?"], status: 1, report: report),
            Case(name: "wrong argument label", files: ["nb.md": Self.notebook("let l = Dense(10, activaton: .relu)")], arguments: Self.run(),
                 expected: ["nb.md:4:19: error: incorrect argument label 'activaton:' in call to 'Dense'"], status: 1, report: report),
            Case(name: "wrong annotated type", files: ["nb.md": Self.notebook("let x: Int = \"text\"")], arguments: Self.run(),
                 expected: ["nb.md:4:14: error: cannot use a value of type String for 'x' of type Int"], status: 1, report: report),
            Case(name: "wrong argument type", files: ["nb.md": Self.notebook("let r = sqrt(\"a\")")], arguments: Self.run(),
                 expected: ["nb.md:4:14: error: wrong type for argument 'x' of 'sqrt': expected Double, got String"], status: 1, report: report),
            Case(name: "unknown member", files: ["nb.md": Self.notebook("let d = [1, 2]\nlet e = d.frobnicate()")], arguments: Self.run(),
                 expected: ["nb.md:5:11: error: a value of type [Int] has no method 'frobnicate'"], status: 1, report: report),
            Case(name: "assigning to a let", files: ["nb.md": Self.notebook("let x = 1\nx = 2")], arguments: Self.run(),
                 expected: ["nb.md:5:1: error: cannot assign to 'x': 'x' is a let constant"], status: 1, report: report),
            Case(name: "unknown enum case", files: ["nb.md": Self.notebook("let l = Dense(10, activation: .relux)")], arguments: Self.run(),
                 expected: ["nb.md:4:31: error: '.relux' is not a case of Activation"], status: 1, report: report),
        ])
    }

    // MARK: Front matter and cell options

    func testFrontMatterAndCellOptions() throws {
        try check([
            // Notebook-level errors: documented as status 2, but today they escape `folio run` as
            // "Error: …" with status 1 (reported to the lead), so either is accepted here.
            Case(name: "bad YAML", files: ["nb.md": Self.notebook("print(1)", frontMatter: "---\ntitle: [unclosed\n---\n")],
                 arguments: Self.run(), expected: ["nb.md:3:1: error: malformed front matter: did not find expected ',' or ']'"], status: nil),
            Case(name: "front matter that is a list", files: ["nb.md": Self.text("---\n- a\n- b\n---\n# x\n")],
                 arguments: Self.run(), expected: ["nb.md:2:1: error: front matter must be a list of 'key: value' lines"], status: nil),
            Case(name: "params that are not a mapping", files: ["nb.md": Self.text("---\nparams: 3\n---\n# x\n")],
                 arguments: Self.run(), expected: ["nb.md:2:1: error: 'params' must be a list of 'name: value' lines"], status: nil),
            Case(name: "bad cell option value", files: ["nb.md": Self.notebook("//| cache: maybe\nprint(1)")],
                 arguments: Self.run(), expected: ["nb.md:4:12: error: option 'cache' must be true or false, not 'maybe'"], status: nil),
            Case(name: "param override of the wrong type",
                 files: ["nb.md": Self.notebook("print(epochs)", frontMatter: "---\nparams:\n  epochs: 3\n---\n")],
                 arguments: Self.run(["-p", "epochs=abc"]), expected: ["param 'epochs' expects an Int, got 'abc'", "fix: write it like -p epochs=3"], status: 2),
            Case(name: "unknown param", files: ["nb.md": Self.notebook("print(1)", frontMatter: "---\nparams:\n  epochs: 3\n---\n")],
                 arguments: Self.run(["-p", "epoch=4"]), expected: ["error: unknown param 'epoch' for nb.md", "fix: did you mean 'epochs'?"], status: 2),
            Case(name: "--until an unknown label", files: ["nb.md": Self.notebook("//| label: first\nprint(1)")],
                 arguments: Self.run(["--until", "frist"]), expected: ["error: no cell is labelled 'frist' in nb.md", "fix: labels in this notebook: first"], status: 2),
            Case(name: "not UTF-8", files: ["nb.md": [0x23, 0x20, 0xff, 0xfe, 0x0a, 0xc3, 0x28]],
                 arguments: Self.run(), expected: ["error: nb.md is not UTF-8 text"], status: 2),
        ])
    }

    // MARK: Runtime errors (the report is still written)

    func testRuntimeErrors() throws {
        let report = "results/nb.html"
        try check([
            Case(name: "integer overflow", files: ["nb.md": Self.notebook("let big = 9223372036854775807\nlet x = big + 1")],
                 arguments: Self.run(), expected: ["nb.md:5:13: error: integer overflow: 9223372036854775807 + 1 does not fit in an Int"], status: 1, report: report),
            Case(name: "multiplication overflow", files: ["nb.md": Self.notebook("let big = 9223372036854775807\nprint(big * 2)")],
                 arguments: Self.run(), expected: ["nb.md:5:11: error: integer overflow: 9223372036854775807 * 2 does not fit in an Int"], status: 1, report: report),
            Case(name: "division by zero", files: ["nb.md": Self.notebook("let zero = 0\nlet x = 1 / zero")],
                 arguments: Self.run(), expected: ["nb.md:5:11: error: division by zero: 1 / 0"], status: 1, report: report),
            Case(name: "remainder by zero", files: ["nb.md": Self.notebook("let zero = 0\nlet x = 7 % zero")],
                 arguments: Self.run(), expected: ["nb.md:5:11: error: remainder by zero: 7 % 0"], status: 1, report: report),
            Case(name: "index out of range", files: ["nb.md": Self.notebook("let xs = [1, 2, 3]\nprint(xs[5])")],
                 arguments: Self.run(), expected: ["nb.md:5:10: error: index 5 is out of range for an array of 3 elements", "fix: valid indices are 0...2"], status: 1, report: report),
            Case(name: "negative index", files: ["nb.md": Self.notebook("let xs = [1, 2, 3]\nlet i = -1\nprint(xs[i])")],
                 arguments: Self.run(), expected: ["nb.md:6:10: error: index -1 is out of range for an array of 3 elements"], status: 1, report: report),
            Case(name: "first of an empty array", files: ["nb.md": Self.notebook("let xs: [Int] = []\nprint(xs.first)")],
                 arguments: Self.run(), expected: ["nb.md:5:10: error: 'first' of an empty array"], status: 1, report: report),
            Case(name: "Int of a non-number", files: ["nb.md": Self.notebook("let n = Int(\"twelve\")!")],
                 arguments: Self.run(), expected: ["nb.md:4:9: error: unexpectedly found nil while unwrapping an Optional value"], status: 1, report: report),
            Case(name: "a failing cell keeps the earlier outputs",
                 files: ["nb.md": Self.text("# T\n\n```swift\nprint(\"kept output\")\n```\n\n```swift\nlet zero = 0\nprint(1 / zero)\n```\n")],
                 arguments: Self.run(), expected: ["nb.md:9:9: error: division by zero: 1 / 0"], status: 1, report: report),
        ])
    }

    /// 10 million loop iterations take minutes in a debug build, and no cell option lowers the
    /// budget yet, so this runs only with FOLIO_SLOW_TESTS=1 (it passes: about 170 s in debug).
    func testStepBudget() throws {
        guard ProcessInfo.processInfo.environment["FOLIO_SLOW_TESTS"] == "1" else {
            throw XCTSkip("set FOLIO_SLOW_TESTS=1 to run 10 million loop iterations")
        }
        try check([
            Case(name: "a loop over the step budget", files: ["nb.md": Self.notebook("var i = 0\nwhile true {\n  i += 1\n}")],
                 arguments: Self.run(), expected: ["nb.md:5:", "this cell ran more than 10000000 loop iterations, its step budget"], status: 1, report: "results/nb.html"),
        ])
    }

    // MARK: Data files

    /// A 2-image, 4-pixel CSV with a label column, gzip-compressed, cut in half.
    static var truncatedGzip: [UInt8] {
        // gzip.compress(b"label,a,b,c,d\n1,0,1,2,3\n0,4,5,6,7\n", mtime=0): 54 bytes, of which the first 24.
        [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0xcb, 0x49, 0x4c, 0x4a, 0xcd, 0xd1,
         0x49, 0xd4, 0x49, 0xd2, 0x49, 0xd6, 0x49, 0xe1]
    }

    static func idx(magic: [UInt8], dimensions: [UInt32], payload: [UInt8]) -> [UInt8] {
        var bytes = magic
        for d in dimensions { bytes += [UInt8(d >> 24), UInt8((d >> 16) & 0xff), UInt8((d >> 8) & 0xff), UInt8(d & 0xff)] }
        return bytes + payload
    }

    func testDataFiles() throws {
        let report = "results/nb.html"
        let labels = Self.idx(magic: [0, 0, 8, 1], dimensions: [2], payload: [0, 1])
        try check([
            Case(name: "missing data file", files: ["nb.md": Self.notebook("let d = Dataset.csv(\"data/missing.csv\")")],
                 arguments: Self.run(), expected: ["nb.md:4:17: error: cannot read '", "/data/missing.csv': no such file"], status: 1, report: report),
            Case(name: "truncated .csv.gz", files: ["nb.md": Self.notebook("let d = Dataset.csv(\"d.csv.gz\")"), "d.csv.gz": Self.truncatedGzip],
                 arguments: Self.run(), expected: ["nb.md:4:17: error: '", "/d.csv.gz': the gzip data is truncated (it ends at byte 24 before the end of the compressed stream)"], status: 1, report: report),
            Case(name: "ragged CSV row", files: ["nb.md": Self.notebook("let d = Dataset.csv(\"d.csv\")"),
                                                 "d.csv": Self.text("label,a,b,c,d\n1,0,1,2,3\n0,4,5\n")],
                 arguments: Self.run(), expected: ["nb.md:4:17: error: '", "/d.csv', line 3: the row has 3 cells but the header has 5"], status: 1, report: report),
            Case(name: "non-numeric CSV cell", files: ["nb.md": Self.notebook("let d = Dataset.csv(\"d.csv\")"),
                                                       "d.csv": Self.text("label,a,b,c,d\n1,0,1,2,3\n0,4,x5,6,7\n")],
                 arguments: Self.run(), expected: ["nb.md:4:17: error: '", "/d.csv', line 3, column 3 ('b'): 'x5' is not a number"], status: 1, report: report),
            Case(name: "IDX with the wrong magic", files: [
                    "nb.md": Self.notebook("let d = Dataset.idx(images: \"i.idx\", labels: \"l.idx\")"),
                    "i.idx": Self.idx(magic: [1, 2, 3, 4], dimensions: [2, 2, 2], payload: Array(repeating: 0, count: 8)),
                    "l.idx": labels],
                 arguments: Self.run(), expected: ["nb.md:4:17: error: '", "/i.idx', byte 0: wrong IDX magic number 01 02 03 04"], status: 1, report: report),
            Case(name: "IDX header of 200000×200000 images", files: [
                    "nb.md": Self.notebook("let d = Dataset.idx(images: \"i.idx\", labels: \"l.idx\")"),
                    "i.idx": Self.idx(magic: [0, 0, 8, 3], dimensions: [2, 200_000, 200_000], payload: Array(repeating: 0, count: 16)),
                    "l.idx": labels],
                 arguments: Self.run(), expected: ["nb.md:4:17: error: '", "/i.idx', byte 8: dimension 1 is 200000, not a plausible image size (1...16384)"], status: 1, report: report),
            Case(name: "IDX shorter than its header says", files: [
                    "nb.md": Self.notebook("let d = Dataset.idx(images: \"i.idx\", labels: \"l.idx\")"),
                    "i.idx": Self.idx(magic: [0, 0, 8, 3], dimensions: [2, 28, 28], payload: Array(repeating: 0, count: 100)),
                    "l.idx": labels],
                 arguments: Self.run(), expected: ["nb.md:4:17: error: '", "/i.idx', byte 116: the header promises 2 × 28 × 28 = 1568 values but only 100 follow it"], status: 1, report: report),
            Case(name: "an empty CSV", files: ["nb.md": Self.notebook("let d = Dataset.csv(\"d.csv\")"), "d.csv": []],
                 arguments: Self.run(), expected: ["nb.md:4:17: error: '", "/d.csv': the file is empty"], status: 1, report: report),
        ])
    }

    // MARK: Models

    /// A notebook that trains a tiny model on a 4-pixel CSV, then runs `code`.
    static func withModel(_ code: String) -> [String: [UInt8]] {
        let setup = """
            let d = Dataset.csv("d.csv", imageShape: [2, 2]).normalized()
            let model = Sequential {
                Flatten()
                Dense(2, activation: .softmax)
            }
            let h = model.fit(d, epochs: 1, batchSize: 2)
            """
        return ["nb.md": notebook(setup + "\n" + code),
                "d.csv": text("label,a,b,c,d\n1,0,255,12,3\n0,4,5,6,7\n1,9,9,9,9\n0,1,2,3,4\n")]
    }

    func testModels() throws {
        let report = "results/nb.html"
        var notPNG = Self.withModel("let p = model.predict(image: \"digit.png\")")
        notPNG["digit.png"] = Self.text("this is not a PNG at all")
        let truncated = Self.notebook("let m = Model.load(\"m.safetensors\")")
        try check([
            Case(name: "predict(image:) on a file that is not a PNG", files: notPNG,
                 arguments: Self.run(), expected: ["nb.md:10:15: error: '", "/digit.png': unreadable image: it is not a PNG or PGM image (unrecognised first bytes)"], status: 1, report: report),
            Case(name: "Model.load of a truncated file",
                 files: ["nb.md": truncated, "m.safetensors": [0x40, 0, 0, 0, 0, 0, 0, 0, 0x7b, 0x22]],
                 arguments: Self.run(), expected: ["nb.md:4:15: error: ", "/m.safetensors: the header length says 64 bytes but only 2 follow it"], status: 1, report: report),
            Case(name: "Model.load of garbage",
                 files: ["nb.md": Self.notebook("let m = Model.load(\"m.safetensors\")"), "m.safetensors": Self.text("garbage garbage garbage")],
                 arguments: Self.run(), expected: ["nb.md:4:15: error: ", "/m.safetensors: the header length 2334385649822622055 is absurd (more than 100000000 bytes)"], status: 1, report: report),
            Case(name: "Model.load of a missing file",
                 files: ["nb.md": Self.notebook("let m = Model.load(\"none.safetensors\")")],
                 arguments: Self.run(), expected: ["nb.md:4:15: error: no model file at ", "/none.safetensors", "fix: save one first with model.save(\"none.safetensors\")"], status: 1, report: report),
            Case(name: "Dense(10_000_000)",
                 files: Self.withModel("let huge = Sequential {\n    Flatten()\n    Dense(10_000_000)\n    Dense(10_000_000)\n}\nlet h2 = huge.fit(d, epochs: 1)"),
                 arguments: Self.run(), expected: ["nb.md:15:15: error: dense: the output of a batch of 128 would need 1,280,000,000 values (4.8 GiB); the limit is 2 GiB per array"], status: 1, report: report),
            Case(name: "folio predict with a garbage model",
                 files: ["m.safetensors": Self.text("garbage garbage garbage"), "digit.pgm": Self.text("P2\n2 2\n255\n0 1 2 3\n")],
                 arguments: ["predict", "m.safetensors", "digit.pgm"], expected: ["folio: error: ", "/m.safetensors: the header length 2334385649822622055 is absurd"], status: 2),
            Case(name: "folio predict with a truncated model",
                 files: ["m.safetensors": [0x40, 0, 0, 0, 0, 0, 0, 0, 0x7b, 0x22], "digit.pgm": Self.text("P2\n2 2\n255\n0 1 2 3\n")],
                 arguments: ["predict", "m.safetensors", "digit.pgm"], expected: ["folio: error: ", "/m.safetensors: the header length says 64 bytes but only 2 follow it"], status: 2),
            Case(name: "folio predict with a missing model",
                 files: ["digit.pgm": Self.text("P2\n2 2\n255\n0 1 2 3\n")],
                 arguments: ["predict", "none.safetensors", "digit.pgm"], expected: ["folio: error: no model file at ", "/none.safetensors"], status: 2),
        ])
    }

    // MARK: Command lines

    /// ArgumentParser ends usage errors with EX_USAGE (64) rather than the documented 2; accepted
    /// here until `folio` maps them (reported to the lead). Never a signal, always the message.
    static let usage: Int32? = nil

    func testCommandLines() throws {
        let nb = ["nb.md": Self.notebook("print(1)")]
        try check([
            Case(name: "unknown subcommand", files: nb, arguments: ["frobnicate"],
                 expected: ["Error: Unexpected argument 'frobnicate'"], status: Self.usage),
            Case(name: "unknown option", files: nb, arguments: Self.run(["--frobnicate"]),
                 expected: ["Error: Unknown option '--frobnicate'"], status: Self.usage),
            Case(name: "missing argument", files: nb, arguments: ["run"],
                 expected: ["Error: Missing expected argument '<notebooks> ...'"], status: Self.usage),
            Case(name: "-p without '='", files: nb, arguments: Self.run(["-p", "epochs"]),
                 expected: ["-p expects key=value, got 'epochs'"], status: Self.usage),
            Case(name: "--to pdf", files: nb, arguments: Self.run(["--to", "pdf"]),
                 expected: ["unknown format 'pdf' for --to; use html, md or ipynb"], status: Self.usage),
            Case(name: "a folder with no notebooks", files: ["empty/readme.txt": Self.text("hi")], arguments: ["run", "empty"],
                 expected: ["no notebooks (.md files) in the folder empty"], status: Self.usage),
            Case(name: "a notebook that does not exist", files: nb, arguments: ["run", "nope.md"],
                 expected: ["error: no such notebook: nope.md", "fix: notebooks there: nb.md"], status: 2),
            Case(name: "--output is a file", files: nb.merging(["taken": Self.text("a file")]) { a, _ in a },
                 arguments: Self.run(["--output", "taken"]),
                 expected: ["error: cannot create the output folder ", "/taken", "fix: choose another folder with --output DIR"], status: 2),
            Case(name: "check of a broken notebook", files: ["nb.md": Self.notebook("print(undefinedThing)")], arguments: ["check", "nb.md"],
                 expected: ["nb.md:4:7: error: unknown name 'undefinedThing'", "nb.md: 1 error"], status: 1),
            Case(name: "help for an unknown name", files: nb, arguments: ["help", "Dataset.frobnicate"],
                 expected: ["no function, type or case named 'Dataset.frobnicate' in the notebook language"], status: 2),
            Case(name: "folio predict on a file that is not an image",
                 files: ["m.safetensors": Self.text("x"), "digit.png": Self.text("this is not a PNG at all")],
                 arguments: ["predict", "m.safetensors", "digit.png"], expected: ["folio: error: "], status: 2),
        ])
    }

    /// A real model file cut inside its tensor data (its header intact).
    func testModelFileTruncatedInItsData() throws {
        let scratch = try Scratch()
        for (name, bytes) in Self.withModel("model.save(\"m.safetensors\")") {
            try Data(bytes).write(to: scratch.url.appendingPathComponent(name))
        }
        let saved = try runFolio(["run", "nb.md"], in: scratch.url)
        XCTAssertEqual(saved.status, 0, saved.stderr)
        let model = scratch.url.appendingPathComponent("m.safetensors")
        let bytes = try Data(contentsOf: model)
        try bytes.prefix(bytes.count - 8).write(to: model)
        try scratch.write("digit.pgm", "P2\n2 2\n255\n0 1 2 3\n")

        let predicted = try runFolio(["predict", "m.safetensors", "digit.pgm"], in: scratch.url)
        XCTAssertFalse(predicted.crashed)
        XCTAssertEqual(predicted.status, 2, predicted.stderr)
        XCTAssertTrue(predicted.stderr.contains("folio: error: "), predicted.stderr)
        XCTAssertTrue(predicted.stderr.contains("/m.safetensors: tensor 'dense/kernel' has data_offsets [8, 40] beyond the 32 bytes of data; the file is truncated or corrupt"),
                      predicted.stderr)

        try scratch.write("load.md", "# T\n\n```swift\nlet m = Model.load(\"m.safetensors\")\n```\n")
        let loaded = try runFolio(["run", "load.md"], in: scratch.url)
        XCTAssertFalse(loaded.crashed)
        XCTAssertEqual(loaded.status, 1, loaded.stderr)
        XCTAssertTrue(loaded.stderr.contains("load.md:4:15: error: "), loaded.stderr)
        XCTAssertTrue(loaded.stderr.contains("beyond the 32 bytes of data; the file is truncated or corrupt"), loaded.stderr)
        XCTAssertTrue(scratch.exists("results/load.html"))
    }

    func testUnwritableOutputFolder() throws {
        let scratch = try Scratch()
        try scratch.write("nb.md", "# T\n\n```swift\nprint(1)\n```\n")
        let locked = scratch.url.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path) }
        // Root may write into a read-only folder; /proc refuses new folders to everyone.
        let output = FileManager.default.isWritableFile(atPath: locked.path) ? "/proc/folio-test-output" : "locked/out"
        let result = try runFolio(["run", "nb.md", "--output", output], in: scratch.url)
        XCTAssertFalse(result.crashed)
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertTrue(result.stderr.contains("error: cannot create the output folder "), result.stderr)
        XCTAssertTrue(result.stderr.contains(output), result.stderr)
        XCTAssertTrue(result.stderr.contains("fix: choose another folder with --output DIR"), result.stderr)
    }
}
