import FolioCore
@testable import FolioLanguage
import XCTest

/// The exact text a person reads for each kind of broken notebook.
final class DiagnosticTextTests: XCTestCase {
    private func rendered(_ code: String, line: Int = 10, column: Int = 1) -> [String] {
        let h = Harness()
        let cell = h.session.parse(code, file: "notebooks/x.md", firstLine: line, column: column)
        let problems = cell.diagnostics + h.session.check(cell)
        if !problems.isEmpty { return problems.map { $0.rendered() } }
        return h.session.run(cell).error.map { [$0.rendered()] } ?? []
    }

    func testSyntaxError() {
        XCTAssertEqual(rendered("let x = (1 + 2"), ["""
        notebooks/x.md:10:15: error: expected ')' to close the parenthesis, found end of cell
         10 | let x = (1 + 2
            |               ^
        fix: insert ')'
        """])
    }

    func testUnknownNameWithDidYouMean() {
        XCTAssertEqual(rendered("let train = 1\nlet n = trian + 1", line: 13), ["""
        notebooks/x.md:14:9: error: unknown name 'trian'
         14 | let n = trian + 1
            |         ^~~~~
        fix: did you mean 'train'?
        """])
    }

    func testWrongLabel() {
        XCTAssertEqual(rendered("let d = Dataset.load(\"a\", rowz: 3)"), ["""
        notebooks/x.md:10:27: error: incorrect argument label 'rowz:' in call to 'Dataset.load'
         10 | let d = Dataset.load("a", rowz: 3)
            |                           ^~~~
        fix: did you mean 'rows:'?
        """])
    }

    func testWrongType() {
        XCTAssertEqual(rendered("let d = Dataset.load(\"a\", rows: \"3\")"), ["""
        notebooks/x.md:10:33: error: wrong type for argument 'rows:' of 'Dataset.load': expected Int, got String
         10 | let d = Dataset.load("a", rows: "3")
            |                                 ^~~
        fix: convert it with Int(...)
        """])
    }

    func testRuntimeErrorsPointAtTheCallInTheMarkdownFile() {
        // The cell is indented by two columns inside the .md file.
        XCTAssertEqual(rendered("let d = Dataset.load(\"a\", rows: 0)", line: 7, column: 3), ["""
        notebooks/x.md:7:19: error: a data set needs at least one row, got 0
         7 |   let d = Dataset.load("a", rows: 0)
           |                   ^~~~
        fix: pass rows: 1 or more
        """])
        XCTAssertEqual(rendered("let xs = [1, 2, 3]\nxs[5]"), ["""
        notebooks/x.md:11:4: error: index 5 is out of range for an array of 3 elements
         11 | xs[5]
            |    ^
        fix: valid indices are 0...2
        """])
        XCTAssertEqual(rendered("let big = 9_223_372_036_854_775_807\nbig + 1"), ["""
        notebooks/x.md:11:5: error: integer overflow: 9223372036854775807 + 1 does not fit in an Int
         11 | big + 1
            |     ^
        fix: use Double values for very large numbers, e.g. Double(9223372036854775807) + Double(1)
        """])
        XCTAssertEqual(rendered("let z = 0\n10 / z"), ["""
        notebooks/x.md:11:4: error: division by zero: 10 / 0
         11 | 10 / z
            |    ^
        fix: check that the divisor is not 0 first
        """])
    }

    func testWindowsLineEndings() {
        XCTAssertEqual(rendered("let a = 1\r\nlet b = c\r\n"), ["""
        notebooks/x.md:11:9: error: unknown name 'c'
         11 | let b = c
            |         ^
        fix: define it first, e.g. let c = ...
        """])
    }

    func testErrorsInsideInterpolationPointIntoTheString() {
        XCTAssertEqual(rendered("let train = 1\nprint(\"n = \\(trian + 1)\")")[0].components(separatedBy: "\n")[0],
                       "notebooks/x.md:11:14: error: unknown name 'trian'")
    }

    func testColumnsCountCharactersNotBytes() {
        XCTAssertEqual(rendered("let é = \"ü😀\"; let n = nmae")[0].components(separatedBy: "\n")[0],
                       "notebooks/x.md:10:23: error: unknown name 'nmae'")
    }

    func testEveryStaticErrorInACellIsReported() {
        let messages = rendered("""
        let d = Dataset.load("a")
        d.sumary()
        d.count()
        let m = Sequential {
            Dense(10, activation: .rellu)
            3
        }
        let x = 1
        x = 2
        Dense(10, .relu)
        """).map { $0.components(separatedBy: "\n")[0] }
        XCTAssertEqual(messages, [
            "notebooks/x.md:11:3: error: a value of type Dataset has no method 'sumary'",
            "notebooks/x.md:12:3: error: 'count' is a property, not a method",
            "notebooks/x.md:14:27: error: '.rellu' is not a case of Activation",
            "notebooks/x.md:15:5: error: a 'Sequential { ... }' block holds Layer values, got Int",
            "notebooks/x.md:18:1: error: cannot assign to 'x': 'x' is a let constant",
            "notebooks/x.md:19:11: error: missing argument label 'activation:' in call to 'Dense'",
        ])
    }

    func testFixes() {
        func fix(_ code: String) -> String? {
            let h = Harness()
            let cell = h.session.parse(code, file: "x.md", firstLine: 1)
            return (cell.diagnostics + h.session.check(cell)).first?.fix
        }
        XCTAssertEqual(fix("let x = 1\nx = 2"), "declare it with 'var x' to change it")
        XCTAssertEqual(fix("Dense(units: 10)"), "remove 'units:'")
        XCTAssertEqual(fix("Dataset.load(\"x\", 5)"), "write 'rows: 5'")
        XCTAssertEqual(fix("Dataset.load(rows: 5)"), "add <String>; the call is Dataset.load(_:rows:)")
        XCTAssertEqual(fix("Dataset.lod(\"a\")"), "did you mean 'load'?")
        XCTAssertEqual(fix("let o = Dataset.load(\"a\")\nSequential { Dense(1) }.fit(o, optimizer: .adam(lrr: 0.1))"), "did you mean 'lr:'?")
        XCTAssertEqual(fix("let s = \"n=\" + 1"), "convert the number with String(...), or write \"\\(...)\"")
        XCTAssertEqual(fix("Dense(1, activation: .linear)"), "expected one of: .relu, .sigmoid, .softmax, .tanh")
        XCTAssertEqual(fix("print(1, 2, extra: 3)"), "remove it; the call is print(_:)")
        XCTAssertEqual(fix("Dense(1, 2)"), "write 'activation: 2'")
        XCTAssertEqual(fix("Dense(1, activation: .relu, 3)"), "remove it; the call is Dense(_:activation:)")
    }

    func testRuntimeErrorMessages() {
        func error(_ code: String) -> String? {
            let h = Harness()
            return h.run(code).run?.error?.message
        }
        XCTAssertEqual(error("let xs: [Int] = []\nxs.first"), "'first' of an empty array")
        XCTAssertEqual(error("Int(\"4x\")!"), "unexpectedly found nil while unwrapping an Optional value")
        XCTAssertEqual(error("let d = Dataset.load(\"a\")\nd.split(test: 2.0)"), "test must be between 0 and 1, got 2.0")
        XCTAssertEqual(error("for i in 5...1 { }"), "range lower bound 5 is greater than its upper bound 1")
        XCTAssertEqual(error("Table(columns: [\"a\"], rows: [[1, 2]])"), "row 0 has 2 values but the table has 1 columns")
        XCTAssertEqual(error("-9_223_372_036_854_775_807 - 2"), "integer overflow: -9223372036854775807 - 2 does not fit in an Int")
    }
}
