import FolioCore
@testable import FolioLanguage
import XCTest

/// The fast paths of calls and blocks mean what the plain ones meant.
final class RuntimeCallTests: XCTestCase {
    func testATopLevelFuncRedefinedInALaterCellIsTheOneCalled() {
        let h = Harness()
        h.run("func f(_ x: Int) -> Int { x + 1 }\nfunc twice(_ x: Int) -> Int { f(f(x)) }")
        XCTAssertEqual(h.texts("twice(1)"), ["3"])
        h.run("func f(_ x: Int) -> Int { x * 10 }")
        XCTAssertEqual(h.texts("twice(1)"), ["100"])
    }

    func testAVariableHoldingAClosureCanBeReassignedWhileTheClosureRuns() {
        let h = Harness()
        XCTAssertEqual(h.texts("""
        var step: (Int) -> Int = { $0 }
        step = { n in
            step = { $0 * 100 }
            return n + 1
        }
        print(step(1), step(1))
        """), ["2 100"])
    }

    func testCallsWithNoneOneTwoAndThreeArgumentsAndClosuresAsArguments() {
        let h = Harness()
        XCTAssertEqual(h.texts("""
        func zero() -> Int { 7 }
        func one(_ a: Int) -> Int { a * 2 }
        func two(_ a: Int, _ b: Int) -> Int { a - b }
        func three(_ a: Int, _ b: Int, _ c: Int) -> Int { a * 100 + b * 10 + c }
        func apply(_ f: (Int, Int) -> Int, _ x: Int) -> Int { f(x, 1) }
        print(zero(), one(zero()), two(one(3), 1), three(1, two(5, 3), 3), apply(two, 10), apply(+, 10))
        """), ["7 14 5 123 9 11"])
    }

    func testAnErrorInAnArgumentLeavesTheStackUsable() {
        let h = Harness()
        h.run("func f(_ a: Int, _ b: Int) -> Int { a + b }\nlet big = Int.max")
        XCTAssertEqual(h.texts("f(1, big + 1)").first?.components(separatedBy: "\n").first,
                       "nb.md:10:10: error: integer overflow: 9223372036854775807 + 1 does not fit in an Int")
        XCTAssertEqual(h.texts("f(f(1, 2), f(3, 4))"), ["10"])
    }

    /// Expected outputs of these programs are what swiftc's build of them prints.
    func testIntConditionsAndArithmeticOnSlotsConstantsAndComputedOperands() {
        let h = Harness()
        XCTAssertEqual(h.texts("""
        var hits = 0
        for i in 0..<20 where i % 3 == 0 && !(i > 12) {
            var j = i
            while j > 0 && j != 4 { j -= 2 }
            if j == 0 || i >= 9 { hits += i * 1 - 0 }
        }
        hits
        """), ["21"])
    }

    func testALongCellRunsEveryStatementInOrder() {
        let h = Harness()
        let lines = (1...3000).map { "x = x * 3 % 1000003 + \($0)" }
        XCTAssertEqual(h.texts("var x = 0\n" + lines.joined(separator: "\n") + "\nx"), ["\(expectedLongCell())"])
    }

    private func expectedLongCell() -> Int {
        var x = 0
        for i in 1...3000 { x = x * 3 % 1000003 + i }
        return x
    }

    /// `map` and `filter` run all their calls in one frame: each call still gets fresh variables.
    func testMapAndFilterCallsEachStartFresh() {
        let h = Harness()
        XCTAssertEqual(h.texts("""
        let xs = [3, 1, 2]
        let makers: [() -> Int] = xs.map { x in
            var count = x
            return { count += 10; return count }
        }
        print(makers.map { $0() }, makers.map { $0() })
        var seen: [Int] = []
        let odd = xs.filter { x in seen.append(x); return x % 2 == 1 }
        print(odd, seen)
        func fact(_ n: Int) -> Int { n <= 1 ? 1 : n * fact(n - 1) }
        print([1, 5, 10].map(fact), [4, 2].map { x in [x, x + 1].map { $0 * x } })
        """), ["[13, 11, 12] [23, 21, 22]\n[3, 1] [3, 1, 2]\n[1, 120, 3628800] [[16, 20], [4, 6]]"])
        XCTAssertEqual(h.texts("[1, 0].map { 10 / $0 }").first?.components(separatedBy: "\n").first,
                       "nb.md:10:17: error: division by zero: 10 / 0")
        XCTAssertEqual(h.texts("[4, 5].map { $0 + 1 }"), ["[5, 6]"])
    }

    /// Arrays of values are the language's bulk data: a value stays three words (a case with a
    /// bigger payload goes `indirect`).
    func testAValueIsThreeWords() {
        XCTAssertLessThanOrEqual(MemoryLayout<Value>.stride, 24)
    }
}
