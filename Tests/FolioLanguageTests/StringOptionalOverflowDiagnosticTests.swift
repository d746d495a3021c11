import FolioCore
@testable import FolioLanguage
import XCTest

/// The exact text a person reads when they misuse multi-line string literals, an optional's own
/// `map`/`flatMap`, and the overflow-reporting arithmetic.
final class StringOptionalOverflowDiagnosticTests: XCTestCase {
    private func rendered(_ code: String) -> String { Harness().texts(code).joined(separator: "\n") }

    func testMultilineTextOnTheOpeningLine() {
        XCTAssertEqual(rendered("let bad = \"\"\" x\n\"\"\""), """
            nb.md:10:15: error: multi-line string literal content must begin on a new line
             10 | let bad = \"\"\" x
                |               ^
            fix: start the text on the line after \"\"\"
            """)
    }

    func testMultilineLineLessIndentedThanTheClosingDelimiter() {
        XCTAssertEqual(rendered("let bad = \"\"\"\n    ok\n  less\n    \"\"\""), """
            nb.md:12:1: error: insufficient indentation of line in multi-line string literal
             12 |   less
                | ^
            fix: indent every line of the text at least as far as the closing \"\"\"
            """)
    }

    func testUnterminatedMultilineString() {
        XCTAssertEqual(rendered("let bad = \"\"\"\n    never closed"), """
            nb.md:10:11: error: unterminated multi-line string literal
             10 | let bad = \"\"\"
                |           ^~~
            fix: close it with \"\"\" on a line of its own
            """)
    }

    func testOptionalMapClosureIsCheckedAgainstTheWrappedType() {
        XCTAssertEqual(rendered("let s: String? = \"a\"\nprint(s.map { $0 + 1 })"), """
            nb.md:11:18: error: operator '+' cannot combine String and Int
             11 | print(s.map { $0 + 1 })
                |                  ^
            fix: convert the number with String(...), or write "\\(...)"
            """)
    }

    func testOtherMembersOfAnOptionalStillNeedUnwrapping() {
        XCTAssertEqual(rendered("let s: String? = \"a\"\nprint(s.count)"), """
            nb.md:11:9: error: value of optional type String? must be unwrapped to use its member 'count'
             11 | print(s.count)
                |         ^~~~~
            fix: unwrap it first with 'if let', '??' or '!', or write x?.count
            """)
    }

    func testReportingOverflowTakesAnInt() {
        XCTAssertEqual(rendered("print(5.addingReportingOverflow(1.5))"), """
            nb.md:10:33: error: wrong type for argument 'other' of 'addingReportingOverflow': expected Int, got Double
             10 | print(5.addingReportingOverflow(1.5))
                |                                 ^~~
            fix: convert it with Int(...) (rounds toward zero)
            """)
    }
}

/// The exact text a person reads when they misuse `inout` parameters and `&`.
final class InoutDiagnosticTests: XCTestCase {
    private func rendered(_ code: String) -> String { Harness().texts(code).joined(separator: "\n") }

    func testAmpersandOutsideAnArgument() {
        XCTAssertEqual(rendered("var x = 1\nlet k = &x"), """
            nb.md:11:9: error: '&' can only pass a variable to an inout parameter
             11 | let k = &x
                |         ^~
            fix: remove the '&'
            """)
    }

    func testAmpersandForAParameterThatIsNotInout() {
        XCTAssertEqual(rendered("func g(_ a: Int) -> Int { a }\nvar m = 1\nprint(g(&m))"), """
            nb.md:12:9: error: '&' used with a parameter that is not inout
             12 | print(g(&m))
                |         ^~
            fix: remove the '&', or declare the parameter 'inout'
            """)
    }

    func testInoutArgumentMustBeAVariable() {
        XCTAssertEqual(rendered("func f(_ x: inout Int) { x += 1 }\nf(&(1 + 2))"), """
            nb.md:11:4: error: only a variable, or an element of one, can be passed to an inout parameter
             11 | f(&(1 + 2))
                |    ^~~~~~~
            fix: store the value in a var first
            """)
    }

    func testInoutArgumentMustNotBeALetConstant() {
        XCTAssertEqual(rendered("func f(_ x: inout Int) { x += 1 }\nlet fixed = 3\nf(&fixed)"), """
            nb.md:12:4: error: cannot pass 'fixed' to an inout parameter: 'fixed' is a let constant
             12 | f(&fixed)
                |    ^~~~~
            fix: declare it with 'var fixed' to change it
            """)
    }

    func testInoutArgumentMustHaveTheParametersExactType() {
        XCTAssertEqual(rendered("func f(_ x: inout Double) { x += 1 }\nvar i = 3\nf(&i)"), """
            nb.md:12:4: error: an inout parameter of type Double needs a variable of exactly that type, got Int
             12 | f(&i)
                |    ^
            """)
    }

    func testInoutParameterCannotBeVariadic() {
        XCTAssertEqual(rendered("func f(_ x: inout Int...) {}"), """
            nb.md:10:22: error: the inout parameter 'x' cannot also be variadic ('...')
             10 | func f(_ x: inout Int...) {}
                |                      ^~~
            fix: take an array instead: inout [T]
            """)
    }

    func testFunctionWithInoutParametersIsNotAValue() {
        XCTAssertEqual(rendered("func f(_ x: inout Int) { x += 1 }\nlet h = f"), """
            nb.md:11:9: error: 'f' has inout parameters, so it can only be called directly
             11 | let h = f
                |         ^
            fix: call it: f(&variable)
            """)
    }
}
