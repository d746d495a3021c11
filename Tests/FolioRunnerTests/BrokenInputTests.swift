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
        var status: Int32
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
            XCTAssertEqual(result.status, testCase.status, "\(testCase.name): exit status\n\(printed)", file: file, line: line)
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

    func testSyntaxErrors() throws {
        try check([
            Case(name: "unclosed parenthesis", files: ["nb.md": Self.notebook("let x = (1 + 2")],
                 arguments: Self.run(), expected: ["nb.md:4:"], status: 2),
            Case(name: "unterminated string", files: ["nb.md": Self.notebook("let s = \"abc")],
                 arguments: Self.run(), expected: ["nb.md:4:9"], status: 2),
            Case(name: "stray closing brace", files: ["nb.md": Self.notebook("let a = 1\n}")],
                 arguments: Self.run(), expected: ["nb.md:5:1", "unexpected '}'"], status: 2),
            Case(name: "let without a name", files: ["nb.md": Self.notebook("let = 3")],
                 arguments: Self.run(), expected: ["nb.md:4:5"], status: 2),
            // Found by fuzzing: an error inside a nested block used to trap in the parser.
            Case(name: "error inside a nested block",
                 files: ["nb.md": Self.notebook("for i in 0..<3 {\n  if i == 0 ar { print(i) }\n}")],
                 arguments: Self.run(), expected: ["nb.md:5:"], status: 2),
            Case(name: "two statements on a line", files: ["nb.md": Self.notebook("let a = 1 let b = 2")],
                 arguments: Self.run(), expected: ["nb.md:4:11", "after the statement"], status: 2),
            Case(name: "unclosed block", files: ["nb.md": Self.notebook("if true {\n  print(1)")],
                 arguments: Self.run(), expected: ["nb.md:", "'}'"], status: 2),
            Case(name: "syntax error in a later cell keeps its own line",
                 files: ["nb.md": Self.text("# T\n\n```swift\nlet a = 1\n```\n\nText.\n\n```swift\nlet b = a +\n```\n")],
                 arguments: Self.run(), expected: ["nb.md:10:"], status: 2),
        ])
    }

    // MARK: Names, labels and types

    func testNamesLabelsAndTypes() throws {
        try check([
            Case(name: "unknown name", files: ["nb.md": Self.notebook("print(undefinedThing)")],
                 arguments: Self.run(), expected: ["nb.md:4:7", "undefinedThing"], status: 2),
            Case(name: "misspelled function", files: ["nb.md": Self.notebook("let l = Dens(10)")],
                 arguments: Self.run(), expected: ["nb.md:4:9", "Dens", "Dense"], status: 2),
            Case(name: "wrong argument label", files: ["nb.md": Self.notebook("let l = Dense(10, activaton: .relu)")],
                 arguments: Self.run(), expected: ["nb.md:4:", "activaton", "activation"], status: 2),
            Case(name: "wrong annotated type", files: ["nb.md": Self.notebook("let x: Int = \"text\"")],
                 arguments: Self.run(), expected: ["nb.md:4:", "Int", "String"], status: 2),
            Case(name: "wrong argument type", files: ["nb.md": Self.notebook("let r = sqrt(\"a\")")],
                 arguments: Self.run(), expected: ["nb.md:4:", "String"], status: 2),
            Case(name: "unknown member", files: ["nb.md": Self.notebook("let d = [1, 2]\nlet e = d.frobnicate()")],
                 arguments: Self.run(), expected: ["nb.md:5:", "frobnicate"], status: 2),
            Case(name: "assigning to a let", files: ["nb.md": Self.notebook("let x = 1\nx = 2")],
                 arguments: Self.run(), expected: ["nb.md:5:1", "let"], status: 2),
            Case(name: "unknown enum case", files: ["nb.md": Self.notebook("let l = Dense(10, activation: .relux)")],
                 arguments: Self.run(), expected: ["nb.md:4:", "relux"], status: 2),
        ])
    }

    // MARK: Front matter and cell options

    func testFrontMatterAndCellOptions() throws {
        try check([
            Case(name: "bad YAML", files: ["nb.md": Self.notebook("print(1)", frontMatter: "---\ntitle: [unclosed\n---\n")],
                 arguments: Self.run(), expected: ["nb.md:"], status: 2),
            Case(name: "unclosed front matter", files: ["nb.md": Self.text("---\ntitle: x\n\n```swift\nprint(1)\n```\n")],
                 arguments: Self.run(), expected: ["nb.md:1:"], status: 2),
            Case(name: "bad cell option value", files: ["nb.md": Self.notebook("//| cache: maybe\nprint(1)")],
                 arguments: Self.run(), expected: ["nb.md:4:", "cache"], status: 2),
            Case(name: "unknown cell option", files: ["nb.md": Self.notebook("//| lable: x\nprint(1)")],
                 arguments: Self.run(), expected: ["nb.md:4:", "lable", "label"], status: 2),
            Case(name: "param override of the wrong type",
                 files: ["nb.md": Self.notebook("print(epochs)", frontMatter: "---\nparams:\n  epochs: 3\n---\n")],
                 arguments: Self.run(["-p", "epochs=abc"]), expected: ["epochs", "abc"], status: 2),
            Case(name: "unknown param", files: ["nb.md": Self.notebook("print(1)", frontMatter: "---\nparams:\n  epochs: 3\n---\n")],
                 arguments: Self.run(["-p", "epoch=4"]), expected: ["epoch", "epochs"], status: 2),
            Case(name: "--until an unknown label", files: ["nb.md": Self.notebook("//| label: first\nprint(1)")],
                 arguments: Self.run(["--until", "frist"]), expected: ["frist"], status: 2),
            Case(name: "not UTF-8", files: ["nb.md": [0x23, 0x20, 0xff, 0xfe, 0x0a, 0xc3, 0x28]],
                 arguments: Self.run(), expected: ["nb.md"], status: 2),
        ])
    }

    // MARK: Runtime errors (the report is still written)

    func testRuntimeErrors() throws {
        let report = "results/nb.html"
        try check([
            Case(name: "integer overflow", files: ["nb.md": Self.notebook("let big = 9223372036854775807\nlet x = big + 1")],
                 arguments: Self.run(), expected: ["nb.md:5:", "overflow"], status: 1, report: report),
            Case(name: "multiplication overflow", files: ["nb.md": Self.notebook("let big = 9223372036854775807\nprint(big * 2)")],
                 arguments: Self.run(), expected: ["nb.md:5:", "overflow"], status: 1, report: report),
            Case(name: "division by zero", files: ["nb.md": Self.notebook("let zero = 0\nlet x = 1 / zero")],
                 arguments: Self.run(), expected: ["nb.md:5:", "zero"], status: 1, report: report),
            Case(name: "remainder by zero", files: ["nb.md": Self.notebook("let zero = 0\nlet x = 7 % zero")],
                 arguments: Self.run(), expected: ["nb.md:5:", "zero"], status: 1, report: report),
            Case(name: "index out of range", files: ["nb.md": Self.notebook("let xs = [1, 2, 3]\nprint(xs[5])")],
                 arguments: Self.run(), expected: ["nb.md:5:", "5"], status: 1, report: report),
            Case(name: "negative index", files: ["nb.md": Self.notebook("let xs = [1, 2, 3]\nlet i = -1\nprint(xs[i])")],
                 arguments: Self.run(), expected: ["nb.md:6:", "-1"], status: 1, report: report),
            Case(name: "first of an empty array", files: ["nb.md": Self.notebook("let xs: [Int] = []\nprint(xs.first)")],
                 arguments: Self.run(), expected: ["nb.md:5:", "empty"], status: 1, report: report),
            Case(name: "Int of a non-number", files: ["nb.md": Self.notebook("let n = Int(\"twelve\")")],
                 arguments: Self.run(), expected: ["nb.md:4:", "twelve"], status: 1, report: report),
            Case(name: "a failing cell keeps the earlier outputs",
                 files: ["nb.md": Self.text("# T\n\n```swift\nprint(\"kept output\")\n```\n\n```swift\nlet zero = 0\nprint(1 / zero)\n```\n")],
                 arguments: Self.run(), expected: ["nb.md:9:"], status: 1, report: report),
        ])
    }

    func testStepBudget() throws {
        try check([
            Case(name: "a loop over the step budget", files: ["nb.md": Self.notebook("var i = 0\nwhile true {\n  i += 1\n}")],
                 arguments: Self.run(), expected: ["nb.md:5:", "step budget"], status: 1, report: "results/nb.html"),
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
                 arguments: Self.run(), expected: ["nb.md:4:", "data/missing.csv"], status: 1, report: report),
            Case(name: "truncated .csv.gz", files: ["nb.md": Self.notebook("let d = Dataset.csv(\"d.csv.gz\")"), "d.csv.gz": Self.truncatedGzip],
                 arguments: Self.run(), expected: ["nb.md:4:", "d.csv.gz"], status: 1, report: report),
            Case(name: "ragged CSV row", files: ["nb.md": Self.notebook("let d = Dataset.csv(\"d.csv\")"),
                                                 "d.csv": Self.text("label,a,b,c,d\n1,0,1,2,3\n0,4,5\n")],
                 arguments: Self.run(), expected: ["nb.md:4:", "d.csv", "3"], status: 1, report: report),
            Case(name: "non-numeric CSV cell", files: ["nb.md": Self.notebook("let d = Dataset.csv(\"d.csv\")"),
                                                       "d.csv": Self.text("label,a,b,c,d\n1,0,1,2,3\n0,4,x5,6,7\n")],
                 arguments: Self.run(), expected: ["nb.md:4:", "d.csv", "x5"], status: 1, report: report),
            Case(name: "IDX with the wrong magic", files: [
                    "nb.md": Self.notebook("let d = Dataset.idx(images: \"i.idx\", labels: \"l.idx\")"),
                    "i.idx": Self.idx(magic: [1, 2, 3, 4], dimensions: [2, 2, 2], payload: Array(repeating: 0, count: 8)),
                    "l.idx": labels],
                 arguments: Self.run(), expected: ["nb.md:4:", "i.idx", "magic"], status: 1, report: report),
            Case(name: "IDX header of 200000×200000 images", files: [
                    "nb.md": Self.notebook("let d = Dataset.idx(images: \"i.idx\", labels: \"l.idx\")"),
                    "i.idx": Self.idx(magic: [0, 0, 8, 3], dimensions: [2, 200_000, 200_000], payload: Array(repeating: 0, count: 16)),
                    "l.idx": labels],
                 arguments: Self.run(), expected: ["nb.md:4:", "i.idx", "200000"], status: 1, report: report),
            Case(name: "IDX shorter than its header says", files: [
                    "nb.md": Self.notebook("let d = Dataset.idx(images: \"i.idx\", labels: \"l.idx\")"),
                    "i.idx": Self.idx(magic: [0, 0, 8, 3], dimensions: [2, 28, 28], payload: Array(repeating: 0, count: 100)),
                    "l.idx": labels],
                 arguments: Self.run(), expected: ["nb.md:4:", "i.idx"], status: 1, report: report),
            Case(name: "an empty CSV", files: ["nb.md": Self.notebook("let d = Dataset.csv(\"d.csv\")"), "d.csv": []],
                 arguments: Self.run(), expected: ["nb.md:4:", "d.csv"], status: 1, report: report),
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
                 arguments: Self.run(), expected: ["nb.md:10:", "digit.png"], status: 1, report: report),
            Case(name: "Model.load of a truncated file",
                 files: ["nb.md": truncated, "m.safetensors": [0x40, 0, 0, 0, 0, 0, 0, 0, 0x7b, 0x22]],
                 arguments: Self.run(), expected: ["nb.md:4:", "m.safetensors"], status: 1, report: report),
            Case(name: "Model.load of garbage",
                 files: ["nb.md": Self.notebook("let m = Model.load(\"m.safetensors\")"), "m.safetensors": Self.text("garbage garbage garbage")],
                 arguments: Self.run(), expected: ["nb.md:4:", "m.safetensors"], status: 1, report: report),
            Case(name: "Model.load of a missing file",
                 files: ["nb.md": Self.notebook("let m = Model.load(\"none.safetensors\")")],
                 arguments: Self.run(), expected: ["nb.md:4:", "none.safetensors"], status: 1, report: report),
            Case(name: "Dense(10_000_000)",
                 files: Self.withModel("let huge = Sequential {\n    Flatten()\n    Dense(10_000_000)\n    Dense(10_000_000)\n}\nlet h2 = huge.fit(d, epochs: 1)"),
                 arguments: Self.run(), expected: ["nb.md:", "10000000"], status: 1, report: report),
            Case(name: "folio predict with a garbage model",
                 files: ["m.safetensors": Self.text("garbage garbage garbage"), "digit.pgm": Self.text("P2\n2 2\n255\n0 1 2 3\n")],
                 arguments: ["predict", "m.safetensors", "digit.pgm"], expected: ["m.safetensors"], status: 2),
            Case(name: "folio predict with a truncated model",
                 files: ["m.safetensors": [0x40, 0, 0, 0, 0, 0, 0, 0, 0x7b, 0x22], "digit.pgm": Self.text("P2\n2 2\n255\n0 1 2 3\n")],
                 arguments: ["predict", "m.safetensors", "digit.pgm"], expected: ["m.safetensors"], status: 2),
            Case(name: "folio predict with a missing model",
                 files: ["digit.pgm": Self.text("P2\n2 2\n255\n0 1 2 3\n")],
                 arguments: ["predict", "none.safetensors", "digit.pgm"], expected: ["none.safetensors"], status: 2),
        ])
    }

    // MARK: Command lines

    func testCommandLines() throws {
        let nb = ["nb.md": Self.notebook("print(1)")]
        try check([
            Case(name: "unknown subcommand", files: nb, arguments: ["frobnicate"], expected: ["frobnicate"], status: 64),
            Case(name: "unknown option", files: nb, arguments: Self.run(["--frobnicate"]), expected: ["--frobnicate"], status: 64),
            Case(name: "missing argument", files: nb, arguments: ["run"], expected: ["<notebooks>"], status: 64),
            Case(name: "-p without '='", files: nb, arguments: Self.run(["-p", "epochs"]), expected: ["-p expects key=value, got 'epochs'"], status: 64),
            Case(name: "--to pdf", files: nb, arguments: Self.run(["--to", "pdf"]), expected: ["unknown format 'pdf' for --to"], status: 64),
            Case(name: "a folder with no notebooks", files: ["empty/readme.txt": Self.text("hi")],
                 arguments: ["run", "empty"], expected: ["empty"], status: 2),
            Case(name: "a notebook that does not exist", files: nb, arguments: ["run", "nope.md"], expected: ["nope.md"], status: 2),
            Case(name: "--output is a file", files: nb.merging(["taken": Self.text("a file")]) { a, _ in a },
                 arguments: Self.run(["--output", "taken"]), expected: ["taken"], status: 2),
            Case(name: "check of a broken notebook", files: ["nb.md": Self.notebook("print(undefinedThing)")],
                 arguments: ["check", "nb.md"], expected: ["nb.md:4:7"], status: 2),
            Case(name: "help for an unknown name", files: nb, arguments: ["help", "Dataset.frobnicate"], expected: ["frobnicate"], status: 2),
        ])
    }

    func testUnwritableOutputFolder() throws {
        let scratch = try Scratch()
        try scratch.write("nb.md", "# T\n\n```swift\nprint(1)\n```\n")
        let locked = scratch.url.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path) }
        if FileManager.default.isWritableFile(atPath: locked.path) {
            throw XCTSkip("running as root: a read-only folder is still writable")
        }
        let result = try runFolio(["run", "nb.md", "--output", "locked/out"], in: scratch.url)
        XCTAssertFalse(result.crashed)
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertTrue(result.stderr.contains("locked/out"), result.stderr)
    }
}
