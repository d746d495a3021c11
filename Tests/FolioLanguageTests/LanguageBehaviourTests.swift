import FolioCore
@testable import FolioLanguage
import XCTest

/// How functions, closures and cells behave together beyond what one program prints.
final class LanguageBehaviourTests: XCTestCase {
    func testFunctionsAndClosuresAreUsableInLaterCells() {
        let h = Harness()
        XCTAssertEqual(h.texts("func square(_ v: Int) -> Int { v * v }\nfunc makeCounter() -> () -> Int {\n  var n = 0\n  return { n += 1; return n }\n}"), [])
        XCTAssertEqual(h.texts("let next = makeCounter()\nnext()\nnext()"), ["1", "2"])
        XCTAssertEqual(h.texts("next() + square(4)"), ["19"])
        XCTAssertEqual(h.session.staticType(of: "square"), .function([.int], .int))
    }

    func testOnlyTopLevelStatementsAreShown() {
        let h = Harness()
        // A call inside a loop, a function or a closure shows nothing; a top-level call and the last expression do.
        let run = h.run("""
        let d = Dataset.load("a", rows: 4)
        for _ in 0..<3 { d.summary() }
        func f() { d.summary() }
        f()
        [1, 2].forEach { _ in d.summary() }
        d.summary()
        7
        """).run
        XCTAssertEqual(run?.outputs, [.table(Table(columns: ["name", "rows"], rows: [["a", "4"]])), .text("7")])
    }

    func testDeepRecursionIsALocatedErrorEvenOnASmallStack() {
        // The preview server may run cells on a thread with a small stack: the limit follows the stack.
        var message: String?
        var line: Int?
        let thread = Thread {
            let h = Harness()
            let run = h.run("func down(_ n: Int) -> Int { n == 0 ? 0 : 1 + down(n - 1) }\nprint(down(1_000_000))").run
            message = run?.error?.message
            line = run?.error?.location?.line
        }
        thread.stackSize = 512 * 1024
        let done = DispatchSemaphore(value: 0)
        let waiter = Thread {
            thread.start()
            while !thread.isFinished { usleep(1000) }
            done.signal()
        }
        waiter.start()
        XCTAssertEqual(done.wait(timeout: .now() + 60), .success)
        XCTAssertEqual(message, "too many nested calls: the calls went more than 10000 deep (or ran out of stack)")
        XCTAssertEqual(line, 10)
        // A recursion that ends is fine.
        XCTAssertEqual(Harness().texts("func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }\nfib(20)"), ["6765"])
    }

    func testCapturedVariablesAreShared() {
        let h = Harness()
        XCTAssertEqual(h.texts("""
        var total = 0
        var handlers: [() -> Void] = []
        for i in 1...3 { handlers.append { total += i } }
        for h in handlers { h() }
        total
        """), ["6"])
        XCTAssertEqual(h.texts("func outer() -> Int {\n  var x = 1\n  func bump() { x += 10 }\n  bump(); bump()\n  return x\n}\nouter()"), ["21"])
    }

    func testValueSemanticsOfCollections() {
        let h = Harness()
        XCTAssertEqual(h.texts("var a = [[1], [2]]\nvar b = a\nb[0].append(9)\nvar d = [\"k\": [1]]\nvar e = d\ne[\"k\"] = [2]\nprint(a, b, d, e)"),
                       ["[[1], [2]] [[1, 9], [2]] [\"k\": [1]] [\"k\": [2]]"])
    }
}
