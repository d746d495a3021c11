import FolioCore
@testable import FolioLanguage
import XCTest

final class InterpreterTests: XCTestCase {
    func testArithmeticAndShownLastExpression() {
        let h = Harness()
        XCTAssertEqual(h.texts("let a = 2 + 3 * 4\nvar b = a - 1\nb += 10\nb"), ["23"])
        XCTAssertEqual(h.texts("7 / 2"), ["3"])
        XCTAssertEqual(h.texts("7.0 / 2"), ["3.5"])
        XCTAssertEqual(h.texts("-7 % 3"), ["-1"])
        XCTAssertEqual(h.texts("1_000_000 + 1"), ["1000001"])
        XCTAssertEqual(h.texts("(1 + 2) * 3 == 9 && !(2 > 3) || false"), ["true"])
    }

    func testStringsAndInterpolation() {
        let h = Harness()
        XCTAssertEqual(h.texts("let name = \"MNIST\"\nlet n = 3\n\"\\(name) has \\(n * 2) parts, \\(0.5)\" + \"!\""), ["MNIST has 6 parts, 0.5!"])
        XCTAssertEqual(h.texts("\"tab\\there \\\"q\\\"\".uppercased()"), ["TAB\tHERE \"Q\""])
    }

    func testPrintMergesConsecutiveLines() {
        let h = Harness()
        let run = h.run("print(\"a\", 1)\nprint(\"b\")\n[2, 1].sorted()\nprint(\"c\")").run
        XCTAssertEqual(run?.outputs, [.text("a 1\nb"), .text("[1, 2]"), .text("c")])
    }

    func testSharedEnvironmentAcrossCells() {
        let h = Harness()
        h.session.defineParam("epochs", .int(3))
        h.run("var total = epochs * 2")
        h.run("total += 1")
        XCTAssertEqual(h.texts("total"), ["7"])
    }

    func testArraysTuplesAndLoops() {
        let h = Harness()
        XCTAssertEqual(h.texts("var xs: [Double] = []\nfor i in 0..<4 { xs.append(Double(i) * 0.5) }\nxs"), ["[0.0, 0.5, 1.0, 1.5]"])
        XCTAssertEqual(h.texts("var s = 0\nfor i in 1...10 { if i % 2 == 0 { continue } else if i > 7 { break }\n s += i }\ns"), ["16"])
        XCTAssertEqual(h.texts("let (a, (b, c)) = (1, (\"x\", true))\n\"\\(a) \\(b) \\(c)\""), ["1 x true"])
        XCTAssertEqual(h.texts("var grid = [[1, 2], [3, 4]]\ngrid[1][0] = 9\ngrid"), ["[[1, 2], [9, 4]]"])
        XCTAssertEqual(h.texts("[3, 1, 2].sorted().reversed()"), ["[3, 2, 1]"])
        XCTAssertEqual(h.texts("[1, 2.5].sum()"), ["3.5"])
        XCTAssertEqual(h.texts("var out = \"\"\nfor (i, w) in [\"a\", \"b\"].enumerated() { out += \"\\(i)\\(w)\" }\nout"), ["0a1b"])
        XCTAssertEqual(h.texts("var n = 0\nwhile n < 5 { n += 2 }\nn"), ["6"])
        XCTAssertEqual(h.texts("(1, \"a\").1"), ["a"])
        XCTAssertEqual(h.texts("let k = 3\nk % 2 == 0 ? \"even\" : \"odd\""), ["odd"])
    }

    func testHostSubscript() {
        let h = Harness()
        XCTAssertEqual(h.texts("let d = Dataset.load(\"digits\", rows: 5)\nd[3] + \"!\""), ["digits#3!"])
        XCTAssertEqual(h.run("let d = Dataset.load(\"a\")\nd[\"x\"]").diagnostics.map(\.message), ["an index of Dataset must be Int, got String"])
        XCTAssertEqual(h.run("let d = Dataset.load(\"a\", rows: 2)\nd[7]").run?.error?.message, "row 7 is out of range for 2 rows")
        XCTAssertTrue(TestVocabulary.all.referenceMarkdown().contains("dataset[index: Int] -> String"))
    }

    func testMethodChainsAcrossLines() {
        let h = Harness()
        XCTAssertEqual(h.texts("let xs = [5, 3, 8]\nxs\n    .sorted()\n    .prefix(2)"), ["[3, 5]"])
    }

    func testConversionsAndMath() {
        let h = Harness()
        XCTAssertEqual(h.texts("Int(3.9)"), ["3"])
        XCTAssertEqual(h.texts("Int(\"42\")! + 1"), ["43"])  // Int(String) is an Int?, as in Swift
        XCTAssertEqual(h.texts("Double(1) / 4"), ["0.25"])
        XCTAssertEqual(h.texts("String(12) + \"px\""), ["12px"])
        XCTAssertEqual(h.texts("round(0.98765, decimals: 3)"), ["0.988"])
        XCTAssertEqual(h.texts("max(2, 7)"), ["7"])
        XCTAssertEqual(h.texts("min(2, 0.5)"), ["0.5"])
        XCTAssertEqual(h.texts("sqrt(16.0)"), ["4.0"])
        XCTAssertEqual(h.texts("abs(-3)"), ["3"])
    }

    func testTableValue() {
        let h = Harness()
        let run = h.run("Table(columns: [\"model\", \"accuracy\"], rows: [[\"MLP\", 0.971234], [\"CNN\", 1]])").run
        XCTAssertEqual(run?.outputs, [.table(Table(columns: ["model", "accuracy"], rows: [["MLP", "0.9712"], ["CNN", "1"]],
                                                   alignments: [.left, .right]))])
    }

    func testHostVocabularyMechanism() {
        let h = Harness()
        let result = h.run("""
        let d = Dataset.load("digits", rows: 50)
        let (train, test) = d.split(test: 0.2)
        let model = Sequential {
            Dense(10, activation: .relu)
            Dense(2, activation: .softmax)
        }
        model.fit(train.normalized(), epochs: 2, optimizer: .sgd(lr: 0.1))
        model.fit(train)
        test.count
        """)
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertNil(result.run?.error)
        XCTAssertEqual(result.run?.outputs, [
            .text("fit 40 rows for 2 epochs with .sgd(lr: 0.1, momentum: 0.0)"),
            .text("fit 40 rows for 1 epochs with .adam(lr: 0.001)"),
            .text("10"),
        ])
        XCTAssertEqual(h.texts("model"), ["Sequential(Dense(10, relu), Dense(2, softmax))"])
                XCTAssertEqual(h.run("train").run?.outputs, [.text("dataset digits-train: 40 rows")])
        XCTAssertEqual(h.session.staticType(of: "test"), .named("Dataset"))
        XCTAssertEqual(h.session.staticType(of: "model"), .named("Sequential"))
    }

    func testUnboundCallsAreShownButBoundOnesAreNot() {
        let h = Harness()
        let run = h.run("let d = Dataset.load(\"a\", rows: 4)\nd.summary()\nlet s = d.summary()\nlet n = 1").run
        XCTAssertEqual(run?.outputs, [.table(Table(columns: ["name", "rows"], rows: [["a", "4"]]))])
    }

    func testOutputsBeforeAnErrorAreKept() {
        let h = Harness()
        let run = h.run("print(\"before\")\nlet xs = [1]\nxs[3]").run
        XCTAssertEqual(run?.outputs, [.text("before")])
        XCTAssertEqual(run?.error?.message, "index 3 is out of range for an array of 1 element")
    }

    func testStepBudget() {
        let h = Harness()
        h.session.context.stepBudget = 1000
        let run = h.run("var n = 0\nwhile true { n += 1 }").run
        XCTAssertEqual(run?.error?.message, "this cell ran more than 1000 loop iterations, its step budget")
        XCTAssertEqual(run?.error?.location?.line, 11)
    }

    func testDefineRestoresAValue() {
        let h = Harness()
        h.session.define("cached", .array([.int(1), .int(2)]))
        XCTAssertEqual(h.texts("cached.count"), ["2"])
        XCTAssertEqual(h.session.staticType(of: "cached"), .array(.int))
    }

    func testMarkUnavailable() {
        let h = Harness()
        h.run("let x = 1")
        h.session.markUnavailable(["x"])
        let cell = h.session.parse("x + 1", file: "nb.md", firstLine: 1)
        XCTAssertEqual(h.session.run(cell).error?.message, "'x' is not available: the cell that defines it failed")
    }

    func testUsedAndBoundNames() {
        let cell = Session.parse("let (a, b) = f(x)\nvar c = a + y\nfor i in 0..<n { let z = i + c }", file: "nb.md", firstLine: 1)
        XCTAssertEqual(cell.boundNames, ["a", "b", "c"])
        XCTAssertEqual(cell.usedNames, ["f", "x", "y", "n"])
    }
}
