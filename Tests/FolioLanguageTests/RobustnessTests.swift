@testable import FolioLanguage
import XCTest

/// Whatever a notebook contains, the language answers with diagnostics, never a crash or a hang.
final class RobustnessTests: XCTestCase {
    private let pieces = ["let", "var", "x", "y", "=", "+=", "(", ")", "[", "]", "{", "}", ".", ",", ":", "1", "2.5", "\"s\"", "\"\\(x)\"",
                          "for", "in", "if", "else", "while", "break", "\n", " ", "+", "-", "*", "/", "%", "..<", "&&", "!", "==",
                          "print", "Dense", "Sequential", ".relu", "Dataset", "load", "split", "test:", "/*", "*/", "//", "_", "\"", "\\", "é"]

    func testRandomTokenSoupNeverCrashesOrHangs() {
        var generator = SplitMix(seed: UInt64(ProcessInfo.processInfo.environment["FOLIO_SEED"].flatMap { Int($0) } ?? 7))
        for _ in 0..<(ProcessInfo.processInfo.environment["FOLIO_FUZZ"].flatMap { Int($0) } ?? 200) {
            let count = Int(generator.next() % 40)
            let text = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined(separator: generator.next() % 2 == 0 ? " " : "")
            let h = Harness()
            h.session.context.stepBudget = 10_000
            let cell = h.session.parse(text, file: "f.md", firstLine: 1)
            _ = h.session.check(cell)
            _ = h.session.run(cell)
            XCTAssertEqual(highlightTokens(text).map(\.text).joined(), text)
        }
    }

    func testMutatedProgramsNeverCrash() {
        let program = Array("""
        let d = Dataset.load("digits", rows: 50)
        let (train, test) = d.split(test: 0.2)
        var xs: [Double] = [1, 2.5]
        for (i, x) in xs.enumerated() { if x > 1.0 && i != 0 { xs[i] = x * 2 } else { print("\\(i): \\(x)") } }
        let model = Sequential {
            Dense(10, activation: .relu)
        }
        model.fit(train.normalized(), epochs: 2, optimizer: .sgd(lr: 0.1))
        Table(columns: ["a"], rows: [[xs.sum()]])
        """)
        let alphabet = Array("(){}[].,:\"\\=+-*/%<>!&|_ \nlet01.5xé")
        var generator = SplitMix(seed: UInt64(ProcessInfo.processInfo.environment["FOLIO_SEED"].flatMap { Int($0) } ?? 3))
        for _ in 0..<(ProcessInfo.processInfo.environment["FOLIO_FUZZ"].flatMap { Int($0) } ?? 150) {
            var text = program
            for _ in 0..<(1 + Int(generator.next() % 3)) {
                let at = Int(generator.next() % UInt64(text.count))
                switch generator.next() % 3 {
                case 0: text.remove(at: at)
                case 1: text.insert(alphabet[Int(generator.next() % UInt64(alphabet.count))], at: at)
                default: text[at] = alphabet[Int(generator.next() % UInt64(alphabet.count))]
                }
            }
            let h = Harness()
            h.session.context.stepBudget = 10_000
            let cell = h.session.parse(String(text), file: "f.md", firstLine: 1)
            _ = h.session.check(cell)
            let run = h.session.run(cell)
            if let error = run.error { XCTAssertNotNil(error.location) }
        }
    }

    func testPathologicalNestingIsAnError() {
        let deep = String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000)
        let cell = Session.parse(deep, file: "f.md", firstLine: 1)
        XCTAssertEqual(cell.diagnostics.first?.message, "this expression is nested more than 100 levels deep")
        let long = (0..<2000).map(String.init).joined(separator: " + ")
        XCTAssertEqual(Session.parse(long, file: "f.md", firstLine: 1).diagnostics.first?.message, "this expression has more than 300 operators")
    }

    func testFailedParseIsNotRun() {
        let h = Harness()
        let cell = h.session.parse("print(1)\nlet = 2", file: "f.md", firstLine: 1)
        let run = h.session.run(cell)
        XCTAssertEqual(run.outputs, [])
        XCTAssertEqual(run.error?.message, "expected a name, found '='")
    }
}

/// A small deterministic generator for the fuzz test.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
