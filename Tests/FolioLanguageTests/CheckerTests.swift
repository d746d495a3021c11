@testable import FolioLanguage
import XCTest

final class CheckerTests: XCTestCase {
    private func check(_ cells: [String], params: [String: Value] = [:]) -> [String] {
        let session = Session(vocabulary: TestVocabulary.all, context: RunContext(rootDirectory: URL(fileURLWithPath: "/tmp")))
        for (name, value) in params { session.defineParam(name, value) }
        var messages: [String] = []
        for (i, code) in cells.enumerated() {
            let cell = session.parse(code, file: "t.md", firstLine: i * 10 + 1)
            messages += (cell.diagnostics + session.check(cell)).map(\.message)
        }
        return messages
    }

    func testValidProgramsHaveNoDiagnostics() {
        XCTAssertEqual(check([
            "let d = Dataset.load(\"digits\", rows: rows)\nlet (train, test) = d.split(test: 0.2, seed: seed)",
            "let model = Sequential {\n  Dense(64, activation: .relu)\n  Dense(10, activation: .softmax)\n}\nlet r = model.fit(train, epochs: 2, optimizer: .sgd(lr: 0.1, momentum: 0.9))",
            "let n: Int = test.count + train.count\nvar names: [String] = []\nnames.append(r.uppercased())\nprint(n, names.first, [1.5, 2].max() * 2.0)",
            "for (i, x) in [1, 2].enumerated() { if i == x { print(\"\\(x)\") } }",
        ], params: ["rows": .int(10), "seed": .int(1)]), [])
    }

    func testTypesFlowFromReturnsToNamesAcrossCells() {
        XCTAssertEqual(check(["let d = Dataset.load(\"a\")", "let c = d.count\nlet s: String = c"]),
                       ["cannot use a value of type Int for 's' of type String"])
        XCTAssertEqual(check(["let (a, b) = Dataset.load(\"a\").split(test: 0.5)", "a.fit(b)"]),
                       ["a value of type Dataset has no method 'fit'"])
    }

    func testMembersOfConformingTypes() {
        XCTAssertEqual(check(["let m = Sequential { Dense(1) }\nm.fit(Dataset.load(\"a\"))\nm.fitt(1)"]),
                       ["a value of type Sequential has no method 'fitt'"])
    }

    func testConformingTypesAreAcceptedAsArguments() {
        XCTAssertEqual(check(["let m = Sequential { Dense(1) }\nlet counts: [Int] = layerCount([m, m])\nlayerCount([Dense(1)])"]),
                       ["wrong type for argument 'models' of 'layerCount': expected [Model], got [Layer]"])
        XCTAssertEqual(Harness().texts("let m = Sequential { Dense(1)\n Dense(2) }\nlayerCount([m])"), ["[2]"])
    }

    func testConditionalBranchesMustAgree() {
        XCTAssertEqual(check(["let a = true ? 1 : 2.5\nlet b: Double = a\nlet c = 1 > 0 ? \"x\" : 2"]),
                       ["the two results of '? :' have different types, String and Int"])
    }

    func testNamesOfBrokenStatementsAreNotReportedLater() {
        XCTAssertEqual(check(["let d = Dataset.load(\"a\"\nlet (x, y) = 1 +", "print(d.count, x, y)\nprint(z)"]), [
            "expected ',' or ')' in the argument list, found 'let'",
            "expected an expression at end of cell",
            "unknown name 'z'",
        ])
    }

    func testUnknownTypeSkipsChecks() {
        // `x` comes from a mixed array, so its type is unknown: no false alarms.
        XCTAssertEqual(check(["let xs = [1, \"a\"]\nlet x = xs[0]\nx.anything(1, 2)\nlet y = x + 1"]), [])
    }

    func testOverloadsByType() {
        XCTAssertEqual(check(["let a: Int = max(1, 2)\nlet b: Double = max(1, 2.5)\nlet c: Int = max(1, 2.5)"]),
                       ["cannot use a value of type Double for 'c' of type Int"])
    }

    func testNamesBoundInBlocksAreLocal() {
        XCTAssertEqual(check(["for i in 0..<3 { let sq = i * i }\nprint(sq, i)"]), ["unknown name 'sq'", "unknown name 'i'"])
    }

    func testMiscStaticErrors() {
        XCTAssertEqual(check(["let v = print(1)", "let q = .relu", "Dataset", "let k = 1\nk(2)", "Sequential { let x = 1 }",
                              "Dataset.load(\"a\") { Dense(1) }", "var t = (1, 2)\nt.5", "\"a\" * 2", "[1][\"0\"]"]), [
            "'v' would hold nothing: this call returns no value",
            "cannot tell which type '.relu' belongs to",
            "'Dataset' is a type, not a value",
            "cannot call 'k', a value of type Int",
            "a { ... } block after a call holds one expression per line, not 'let'",
            "'Dataset.load' does not take a { ... } block",
            "a tuple of 2 values has no element 5",
            "operator '*' cannot combine String and Int",
            "an index must be an Int, got String",
        ])
    }

    func testEnumCaseArguments() {
        XCTAssertEqual(check(["let m = Sequential { Dense(1) }\nlet d = Dataset.load(\"a\")\nm.fit(d, optimizer: .sgd)\nm.fit(d, optimizer: .sgd(lr: \"x\"))\nm.fit(d, optimizer: .adam(0.1))"]), [
            "'.sgd' needs arguments",
            "wrong type for argument 'lr:' of '.sgd': expected Double, got String",
            "missing argument label 'lr:' in call to '.adam'",
        ])
    }

    func testCheckingIsFast() {
        // 200 cells of arithmetic, parsed and checked; the release-build target is far below 0.2 s.
        let session = Session(vocabulary: .core, context: RunContext(rootDirectory: URL(fileURLWithPath: "/tmp")))
        let start = Date()
        for i in 0..<200 {
            let cell = session.parse("let v\(i) = \(i) * 2 + 1\nvar w\(i) = Double(v\(i)) / 3.0\nw\(i) += 1\nprint(\"v = \\(v\(i))\")", file: "b.md", firstLine: i * 6)
            XCTAssertTrue((cell.diagnostics + session.check(cell)).isEmpty)
        }
        XCTAssertLessThan(Date().timeIntervalSince(start), 2.0)  // generous for debug builds
    }
}
