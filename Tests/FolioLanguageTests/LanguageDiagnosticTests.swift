import FolioCore
@testable import FolioLanguage
import XCTest

/// The exact text a person reads for each error of the constructs beyond the basics: functions,
/// closures, optionals, switch, dictionaries, and Swift that Folio does not support.
final class LanguageDiagnosticTests: XCTestCase {
    private func rendered(_ code: String) -> String { Harness().texts(code).joined(separator: "\n") }

    func testFatalErrorStopsTheCellAtTheCall() {
        XCTAssertEqual(rendered("""
            let text = "x"
            guard let n = Int(text) else { fatalError("not a number: \\(text)") }
            """), """
            nb.md:11:32: error: Fatal error: not a number: x
             11 | guard let n = Int(text) else { fatalError("not a number: \\(text)") }
                |                                ^~~~~~~~~~
            """)
    }

    func testPreconditionFailureShowsItsMessage() {
        XCTAssertEqual(rendered("""
            let rate = -0.1
            precondition(rate > 0, "the learning rate must be positive")
            """), """
            nb.md:11:1: error: Precondition failed: the learning rate must be positive
             11 | precondition(rate > 0, "the learning rate must be positive")
                | ^~~~~~~~~~~~
            """)
    }

    func testSwiftsOtherNumberTypesSayWhatToWriteInstead() {
        XCTAssertEqual(rendered("""
            let x: Float = 0.5
            let n = UInt8(7)
            """), """
            nb.md:10:8: error: Folio has no 'Float': its numbers are Int and Double
             10 | let x: Float = 0.5
                |        ^~~~~
            fix: use Double
            nb.md:11:9: error: Folio has no 'UInt8': its numbers are Int and Double
             11 | let n = UInt8(7)
                |         ^~~~~
            fix: use Int
            """)
    }

    func testStruct() {
        XCTAssertEqual(rendered("""
            struct Point { var x: Int }
            """), """
            nb.md:10:1: error: Folio does not support 'struct' declarations
             10 | struct Point { var x: Int }
                | ^~~~~~
            fix: use a tuple such as (name: String, accuracy: Double) written as ("mlp", 0.97), or a dictionary
            """)
    }

    func testClass() {
        XCTAssertEqual(rendered("""
            class Model {}
            """), """
            nb.md:10:1: error: Folio does not support 'class' declarations
             10 | class Model {}
                | ^~~~~
            fix: use functions and values: func, let, arrays and dictionaries
            """)
    }

    func testEnum() {
        XCTAssertEqual(rendered("""
            enum Color { case red }
            """), """
            nb.md:10:1: error: Folio does not support 'enum' declarations
             10 | enum Color { case red }
                | ^~~~
            fix: use strings or Int constants, and switch over them
            """)
    }

    func testProtocol() {
        XCTAssertEqual(rendered("""
            protocol P {}
            """), """
            nb.md:10:1: error: Folio does not support 'protocol' declarations
             10 | protocol P {}
                | ^~~~~~~~
            fix: write functions that take the values they need
            """)
    }

    func testExtension() {
        XCTAssertEqual(rendered("""
            extension Int {}
            """), """
            nb.md:10:1: error: Folio does not support 'extension' declarations
             10 | extension Int {}
                | ^~~~~~~~~
            fix: write a function instead, e.g. func describe(_ x: Int) -> String
            """)
    }

    func testImport() {
        XCTAssertEqual(rendered("""
            import Foundation
            """), """
            nb.md:10:1: error: Folio does not support 'import': everything the notebook can use is already available
             10 | import Foundation
                | ^~~~~~
            fix: remove the import; see 'folio help' for the vocabulary
            """)
    }

    func testActor() {
        XCTAssertEqual(rendered("""
            actor A {}
            """), """
            nb.md:10:1: error: Folio does not support actors
             10 | actor A {}
                | ^~~~~
            fix: cells run one after another; use plain values
            """)
    }

    func testTypealias() {
        XCTAssertEqual(rendered("""
            typealias X = Int
            """), """
            nb.md:10:1: error: Folio does not support 'typealias'
             10 | typealias X = Int
                | ^~~~~~~~~
            fix: write the type itself
            """)
    }

    func testGenerics() {
        XCTAssertEqual(rendered("""
            func f<T>(_ x: T) -> T { x }
            """), """
            nb.md:10:7: error: Folio does not support generic functions
             10 | func f<T>(_ x: T) -> T { x }
                |       ^
            fix: write the function for the concrete type, e.g. [Double]
            """)
    }

    func testAsync() {
        XCTAssertEqual(rendered("""
            func f() async {}
            """), """
            nb.md:10:10: error: Folio does not support async code (async/await)
             10 | func f() async {}
                |          ^~~~~
            fix: call functions directly; cells run one after another
            """)
    }

    func testAwait() {
        XCTAssertEqual(rendered("""
            await f()
            """), """
            nb.md:10:1: error: Folio does not support async code (async/await)
             10 | await f()
                | ^~~~~
            fix: call functions directly; cells run one after another
            """)
    }

    func testThrows() {
        XCTAssertEqual(rendered("""
            func f() throws {}
            """), """
            nb.md:10:10: error: Folio does not support throwing functions (throws/try)
             10 | func f() throws {}
                |          ^~~~~~
            fix: return an optional (nil on failure) instead
            """)
    }

    func testInoutArgumentNeedsAmpersand() {
        XCTAssertEqual(rendered("""
            func f(_ x: inout Int) { x += 1 }
            var n = 1
            f(n)
            """), """
            nb.md:12:3: error: passing a value of type Int to an inout parameter requires an explicit '&'
             12 | f(n)
                |   ^
            fix: write &variable
            """)
    }

    func testLabeledTuple() {
        XCTAssertEqual(rendered("""
            let t = (x: 1, y: 2)
            print(t.z)
            """), """
            nb.md:11:9: error: a value of type (x: Int, y: Int) has no member 'z'
             11 | print(t.z)
                |         ^
            """)
    }

    func testASwitchReturningInEveryCaseMustStillBeExhaustive() {
        XCTAssertEqual(rendered("""
            func f(_ n: Int) -> Int { switch n { case 1: return 1 } }
            """), """
            nb.md:10:34: error: switch must be exhaustive
             10 | func f(_ n: Int) -> Int { switch n { case 1: return 1 } }
                |                                  ^
            fix: add a 'default:' case
            """)
    }

    func testLabeledTupleWithOtherLabels() {
        XCTAssertEqual(rendered("""
            let t: (a: Int, b: Int) = (x: 1, y: 2)
            """), """
            nb.md:10:27: error: cannot use a value of type (x: Int, y: Int) for 't' of type (a: Int, b: Int)
             10 | let t: (a: Int, b: Int) = (x: 1, y: 2)
                |                           ^~~~~~~~~~~~
            fix: pass a value of type (a: Int, b: Int)
            """)
    }

    func testMissingReturn() {
        XCTAssertEqual(rendered("""
            func f(_ x: Int) -> Int { if x > 0 { return 1 } }
            """), """
            nb.md:10:50: error: missing return in function 'f' expected to return Int
             10 | func f(_ x: Int) -> Int { if x > 0 { return 1 } }
                |                                                  ^
            fix: end every path of the body with 'return value'
            """)
    }

    func testWrongReturnType() {
        XCTAssertEqual(rendered("""
            func f(_ x: Int) -> Int { return "a" }
            """), """
            nb.md:10:34: error: cannot use a value of type String for 'the result' of type Int
             10 | func f(_ x: Int) -> Int { return "a" }
                |                                  ^~~
            fix: convert it with Int(...)
            """)
    }

    func testArgumentType() {
        XCTAssertEqual(rendered("""
            func f(_ x: Int) { }
            f("a")
            """), """
            nb.md:11:3: error: wrong type for argument 'x' of 'f': expected Int, got String
             11 | f("a")
                |   ^~~
            fix: convert it with Int(...)
            """)
    }

    func testMissingLabel() {
        XCTAssertEqual(rendered("""
            func f(label x: Int) { }
            f(3)
            """), """
            nb.md:11:3: error: missing argument label 'label:' in call to 'f'
             11 | f(3)
                |   ^
            fix: write 'label: 3'
            """)
    }

    func testDuplicateParameter() {
        XCTAssertEqual(rendered("""
            func f(_ x: Int, _ x: Int) {}
            """), """
            nb.md:10:18: error: two parameters are named 'x'
             10 | func f(_ x: Int, _ x: Int) {}
                |                  ^~~~~~~~
            fix: give each parameter its own name
            """)
    }

    func testRedeclaration() {
        XCTAssertEqual(rendered("""
            func g() { func h() {}
            func h() {} }
            """), """
            nb.md:11:6: error: invalid redeclaration of 'h'
             11 | func h() {} }
                |      ^
            fix: choose another name
            """)
    }

    func testReturnOutsideFunction() {
        XCTAssertEqual(rendered("""
            return 3
            """), """
            nb.md:10:1: error: 'return' is only allowed inside a function or closure
             10 | return 3
                | ^~~~~~~~
            """)
    }

    func testReturnNeedsValue() {
        XCTAssertEqual(rendered("""
            func f() -> Int { return }
            """), """
            nb.md:10:19: error: this function must return a value of type Int
             10 | func f() -> Int { return }
                |                   ^~~~~~
            fix: write return value
            """)
    }

    func testReturnInVoidFunction() {
        XCTAssertEqual(rendered("""
            func f() { return 1 }
            """), """
            nb.md:10:19: error: this function does not return a value
             10 | func f() { return 1 }
                |                   ^
            fix: add '-> Type' to the declaration, or remove the value
            """)
    }

    func testRecursionDepth() {
        XCTAssertEqual(rendered("""
            func f(_ n: Int) -> Int { f(n + 1) }
            f(0)
            """), """
            nb.md:10:27: error: too many nested calls: the calls went more than 10000 deep (or ran out of stack)
             10 | func f(_ n: Int) -> Int { f(n + 1) }
                |                           ^~~~~~~~
            fix: check that the recursion ends, e.g. if n <= 1 { return n }
            """)
    }

    func testClosureArity() {
        XCTAssertEqual(rendered("""
            let xs = [1, 2]
            xs.map { $0 + $1 }
            """), """
            nb.md:11:8: error: this closure takes 2 arguments but 1 is expected here
             11 | xs.map { $0 + $1 }
                |        ^~~~~~~~~~~
            fix: write { x in ... } or use $0
            """)
    }

    func testClosureArgumentType() {
        XCTAssertEqual(rendered("""
            let f = { (x: Int) -> Int in x * 2 }
            f("a")
            """), """
            nb.md:11:3: error: wrong type for argument 1 of 'f': expected Int, got String
             11 | f("a")
                |   ^~~
            fix: convert it with Int(...)
            """)
    }

    func testNamedAndAnonymousParameters() {
        XCTAssertEqual(rendered("""
            let xs = [1]
            xs.map { x in $0 }
            """), """
            nb.md:11:8: error: a closure with named parameters cannot also use $0, $1, ...
             11 | xs.map { x in $0 }
                |        ^
            fix: use the parameter names, or remove 'x in' and use $0
            """)
    }

    func testAnonymousOutsideClosure() {
        XCTAssertEqual(rendered("""
            print($0)
            """), """
            nb.md:10:7: error: '$0' can only be used inside a closure { ... }
             10 | print($0)
                |       ^~
            """)
    }

    func testFunctionTypeMismatch() {
        XCTAssertEqual(rendered("""
            func g() -> Int { 1 }
            let h: (Int) -> Int = g
            """), """
            nb.md:11:23: error: cannot use a value of type () -> Int for 'h' of type (Int) -> Int
             11 | let h: (Int) -> Int = g
                |                       ^
            fix: pass a value of type (Int) -> Int
            """)
    }

    func testClosureWhereValueExpected() {
        XCTAssertEqual(rendered("""
            let v = [1, 2].first(where: 3)
            """), """
            nb.md:10:29: error: wrong type for argument 'where:' of 'first': expected (Int) -> Bool, got Int
             10 | let v = [1, 2].first(where: 3)
                |                             ^
            fix: pass a value of type (Int) -> Bool
            """)
    }

    func testUnwrapNil() {
        XCTAssertEqual(rendered("""
            let o: Int? = nil
            print(o!)
            """), """
            nb.md:11:7: error: unexpectedly found nil while unwrapping an Optional value
             11 | print(o!)
                |       ^~
            fix: check for nil first with 'if let' or give a default with '??'
            """)
    }

    func testOptionalForPlain() {
        XCTAssertEqual(rendered("""
            let d: [String: Int] = ["a": 1]
            let v: Int = d["a"]
            """), """
            nb.md:11:14: error: cannot use a value of type Int? for 'v' of type Int
             11 | let v: Int = d["a"]
                |              ^~~~~~
            fix: unwrap it with 'if let', '?? default' or '!'
            """)
    }

    func testOperatorOnOptional() {
        XCTAssertEqual(rendered("""
            let o: Int? = 3
            let p = o + 1
            """), """
            nb.md:11:11: error: operator '+' cannot combine Int? and Int
             11 | let p = o + 1
                |           ^
            fix: unwrap the optional first with 'if let', '?? default' or '!'
            """)
    }

    func testIfLetNotOptional() {
        XCTAssertEqual(rendered("""
            let x = 3
            if let y = x { print(y) }
            """), """
            nb.md:11:12: error: 'if let y' needs an optional value, got Int
             11 | if let y = x { print(y) }
                |            ^
            fix: use 'let y = ...' on its own line; only optionals (T?) are unwrapped
            """)
    }

    func testOptionalMember() {
        XCTAssertEqual(rendered("""
            let o: [Int]? = [1]
            print(o.count)
            """), """
            nb.md:11:9: error: value of optional type [Int]? must be unwrapped to use its member 'count'
             11 | print(o.count)
                |         ^~~~~
            fix: unwrap it first with 'if let', '??' or '!', or write x?.count
            """)
    }

    func testGuardMustExit() {
        XCTAssertEqual(rendered("""
            let o: Int? = 3
            guard let v = o else { print(1) }
            """), """
            nb.md:11:1: error: the 'else' block of a guard must leave the scope
             11 | guard let v = o else { print(1) }
                | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
            fix: end it with return, break or continue
            """)
    }

    func testSwitchNotExhaustive() {
        XCTAssertEqual(rendered("""
            let n = 5
            switch n {
            case 1: print(1)
            }
            """), """
            nb.md:11:8: error: switch must be exhaustive
             11 | switch n {
                |        ^
            fix: add a 'default:' case
            """)
    }

    func testCaseOutsideSwitch() {
        XCTAssertEqual(rendered("""
            case 1: print(1)
            """), """
            nb.md:10:1: error: 'case' is only allowed inside a switch
             10 | case 1: print(1)
                | ^~~~
            fix: write switch value { case ...: ... }
            """)
    }

    func testEmptyDictionaryNeedsType() {
        XCTAssertEqual(rendered("""
            let d = [:]
            """), """
            nb.md:10:9: error: an empty dictionary literal needs a type
             10 | let d = [:]
                |         ^~~
            fix: write the type, e.g. var d: [String: Double] = [:]
            """)
    }

    func testDictionaryKeyType() {
        XCTAssertEqual(rendered("""
            var d = ["a": 1]
            d[1] = 2
            """), """
            nb.md:11:3: error: cannot use a value of type Int for 'key' of type String
             11 | d[1] = 2
                |   ^
            fix: convert it with String(...) or "\\(...)"
            """)
    }

    func testStringSubscript() {
        XCTAssertEqual(rendered("""
            let s = "abc"
            print(s[0])
            """), """
            nb.md:11:7: error: a String cannot be indexed with an Int
             11 | print(s[0])
                |       ^~~~
            fix: use Array(text)[i], or text.prefix(n)
            """)
    }

    func testIndexOutOfRange() {
        XCTAssertEqual(rendered("""
            let xs = [1]
            print(xs[5])
            """), """
            nb.md:11:10: error: index 5 is out of range for an array of 1 element
             11 | print(xs[5])
                |          ^
            fix: valid indices are 0...0
            """)
    }

    func testBreakOutsideLoop() {
        XCTAssertEqual(rendered("""
            break
            """), """
            nb.md:10:1: error: 'break' is only allowed inside a loop
             10 | break
                | ^~~~~
            """)
    }

}
