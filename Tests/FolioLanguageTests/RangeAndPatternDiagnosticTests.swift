import FolioCore
@testable import FolioLanguage
import XCTest

/// The exact text a person reads when they misuse ranges as values, labelled statements,
/// `fallthrough` and the richer switch patterns (bindings, `where`, tuples, optionals).
final class RangeAndPatternDiagnosticTests: XCTestCase {
    private func rendered(_ code: String) -> String { Harness().texts(code).joined(separator: "\n") }

    func testRangeOfMixedBounds() {
        XCTAssertEqual(rendered("let a = 1...\"z\""), """
            nb.md:10:10: error: operator '...' cannot combine Int and String
             10 | let a = 1..."z"
                |          ^~~
            fix: a range needs two Ints, two Doubles or two Strings, e.g. 0..<10
            """)
    }

    func testCountOfADoubleRange() {
        XCTAssertEqual(rendered("print((0.0...1.0).count)"), """
            nb.md:10:19: error: a value of type ClosedRange<Double> has no member 'count'
             10 | print((0.0...1.0).count)
                |                   ^~~~~
            """)
    }

    func testLoopOverADoubleRange() {
        XCTAssertEqual(rendered("for x in 0.0...1.0 { print(x) }"), """
            nb.md:10:10: error: cannot loop over a value of type ClosedRange<Double>: only a range of Ints is a sequence
             10 | for x in 0.0...1.0 { print(x) }
                |          ^~~~~~~~~
            fix: step through it with stride(from: a, through: b, by: step)
            """)
    }

    func testRangeBoundsTheWrongWayRoundAtRunTime() {
        XCTAssertEqual(rendered("let lo = 5\nlet r = lo...1"), """
            nb.md:11:9: error: range lower bound 5 is greater than its upper bound 1
             11 | let r = lo...1
                |         ^~~~~~
            """)
    }

    func testPatternMatchNeedsARange() {
        XCTAssertEqual(rendered("print([1, 2] ~= 1)"), """
            nb.md:10:14: error: operator '~=' cannot combine [Int] and Int
             10 | print([1, 2] ~= 1)
                |              ^~
            fix: write range ~= value, e.g. 1...9 ~= n
            """)
    }

    func testSliceByARangeValueOutOfBounds() {
        XCTAssertEqual(rendered("let xs = [1, 2, 3]\nlet w = 1..<5\nprint(xs[w])"), """
            nb.md:12:7: error: the range 1..<5 is out of bounds for 3 elements
             12 | print(xs[w])
                |       ^~~~~
            fix: valid bounds are 0...3
            """)
    }

    func testRangePatternOfBools() {
        XCTAssertEqual(rendered("switch true { case false...true: print(1); default: break }"), """
            nb.md:10:20: error: a range pattern needs a number, a String or a Character to match, got Bool
             10 | switch true { case false...true: print(1); default: break }
                |                    ^~~~~~~~~~~~
            """)
    }

    func testUnknownLabel() {
        XCTAssertEqual(rendered("for i in 0..<3 { break outer }"), """
            nb.md:10:18: error: unknown label 'outer'
             10 | for i in 0..<3 { break outer }
                |                  ^~~~~~~~~~~
            fix: label the loop first: outer: for ... { ... }
            """)
    }

    func testLabelReusedInside() {
        XCTAssertEqual(rendered("outer: for i in 0..<3 { outer: for j in 0..<3 { break outer } }"), """
            nb.md:10:25: error: label 'outer' cannot be reused on an inner statement
             10 | outer: for i in 0..<3 { outer: for j in 0..<3 { break outer } }
                |                         ^~~~~
            fix: give the inner statement another label
            """)
    }

    func testContinueNamingAnIf() {
        XCTAssertEqual(rendered("check: if true { continue check }"), """
            nb.md:10:18: error: 'continue check' needs a loop, but 'check' labels another statement
             10 | check: if true { continue check }
                |                  ^~~~~~~~~~~~~~
            fix: use 'break check', or label the loop
            """)
    }

    func testLabelIsNotVisibleInsideAClosure() {
        XCTAssertEqual(rendered("outer: for i in 0..<3 { [1].forEach { _ in break outer } }"), """
            nb.md:10:44: error: unknown label 'outer'
             10 | outer: for i in 0..<3 { [1].forEach { _ in break outer } }
                |                                            ^~~~~~~~~~~
            fix: label the loop first: outer: for ... { ... }
            """)
    }

    func testFallthroughOutsideSwitch() {
        XCTAssertEqual(rendered("fallthrough"), """
            nb.md:10:1: error: 'fallthrough' is only allowed inside a switch case
             10 | fallthrough
                | ^~~~~~~~~~~
            """)
    }

    func testFallthroughFromTheLastCase() {
        XCTAssertEqual(rendered("switch 1 { case 1: fallthrough\ndefault: fallthrough }"), """
            nb.md:11:10: error: 'fallthrough' without a following 'case' or 'default' block
             11 | default: fallthrough }
                |          ^~~~~~~~~~~
            fix: remove it: the last case has nothing to fall into
            """)
    }

    func testFallthroughIntoABindingCase() {
        XCTAssertEqual(rendered("switch 1 { case 1: fallthrough\ncase let x: print(x) }"), """
            nb.md:10:20: error: 'fallthrough' cannot go on into a case that binds 'x'
             10 | switch 1 { case 1: fallthrough
                |                    ^~~~~~~~~~~
            fix: move the shared code into a function both cases call
            """)
    }

    func testPatternsOfOneCaseBindDifferentNames() {
        XCTAssertEqual(rendered("switch (1, 2) { case (let x, 0), (0, let y): print(1); default: break }"), """
            nb.md:10:34: error: 'x' must be bound in every pattern of the case
             10 | switch (1, 2) { case (let x, 0), (0, let y): print(1); default: break }
                |                                  ^~~~~~~~~~
            fix: bind the same names in each pattern, or give each its own case
            """)
    }

    func testTuplePatternOnAnInt() {
        XCTAssertEqual(rendered("switch 1 { case (let a, let b): print(a, b); default: break }"), """
            nb.md:10:17: error: a tuple pattern of 2 elements cannot match a value of type Int
             10 | switch 1 { case (let a, let b): print(a, b); default: break }
                |                 ^~~~~~~~~~~~~~
            """)
    }

    func testOptionalPatternOnAnInt() {
        XCTAssertEqual(rendered("switch 1 { case let x?: print(x); default: break }"), """
            nb.md:10:21: error: an optional pattern (x? or .some(x)) needs an optional value, got Int
             10 | switch 1 { case let x?: print(x); default: break }
                |                     ^~
            fix: remove the '?' (or '.some')
            """)
    }

    func testOptionalSwitchWithoutNilIsNotExhaustive() {
        XCTAssertEqual(rendered("let v: Int? = 1\nswitch v { case let x?: print(x) }"), """
            nb.md:11:8: error: switch must be exhaustive
             11 | switch v { case let x?: print(x) }
                |        ^
            fix: add a 'default:' case
            """)
    }

    func testTupleSwitchMissingACombinationIsNotExhaustive() {
        XCTAssertEqual(rendered("switch (true, 1) { case (true, _): print(1); case (false, 1): print(2) }"), """
            nb.md:10:8: error: switch must be exhaustive
             10 | switch (true, 1) { case (true, _): print(1); case (false, 1): print(2) }
                |        ^~~~~~~~~
            fix: add a 'default:' case
            """)
    }

    func testTypeCastingPatternIsNotSupported() {
        XCTAssertEqual(rendered("let a = 3\nswitch a { case let n as Int: print(n); default: break }"), """
            nb.md:11:23: error: Folio does not support type-casting patterns ('is', 'as') in a case
             11 | switch a { case let n as Int: print(n); default: break }
                |                       ^~
            fix: a value's type is known before the cell runs: match the value itself, e.g. case let n where n > 0
            """)
    }

    func testIfCaseNeedsAnEqualsSign() {
        XCTAssertEqual(rendered("let v: Int? = 3\nif case let x? v { print(x) }"), """
            nb.md:11:16: error: expected '=' after the pattern of 'case', found 'v'
             11 | if case let x? v { print(x) }
                |                ^
            fix: insert '='
            """)
    }

    func testIfCasePatternIsCheckedAgainstTheValue() {
        XCTAssertEqual(rendered("let n = 3\nif case let x? = n { print(x) }"), """
            nb.md:11:13: error: an optional pattern (x? or .some(x)) needs an optional value, got Int
             11 | if case let x? = n { print(x) }
                |             ^~
            fix: remove the '?' (or '.some')
            """)
    }

    func testForCasePatternIsCheckedAgainstTheElements() {
        XCTAssertEqual(rendered("for case let x? in [1, 2] { print(x) }"), """
            nb.md:10:14: error: an optional pattern (x? or .some(x)) needs an optional value, got Int
             10 | for case let x? in [1, 2] { print(x) }
                |              ^~
            fix: remove the '?' (or '.some')
            """)
    }

    func testPatternBindingTheSameNameTwice() {
        XCTAssertEqual(rendered("switch (1, 2) { case (let a, let a): print(a); default: break }"), """
            nb.md:10:22: error: invalid redeclaration of 'a'
             10 | switch (1, 2) { case (let a, let a): print(a); default: break }
                |                      ^~~~~~~~~~~~~~
            fix: choose another name
            """)
    }

    func testWhereConditionMustBeBool() {
        XCTAssertEqual(rendered("switch 1 { case let x where x + 1: print(x); default: break }"), """
            nb.md:10:29: error: a condition must be a Bool, got Int
             10 | switch 1 { case let x where x + 1: print(x); default: break }
                |                             ^~~~~
            fix: compare it, e.g. x > 0
            """)
    }
}
