import FolioCore
@testable import FolioLanguage
import XCTest

/// Programs whose expected output was recorded by compiling and running them with swiftc; Folio
/// must print exactly the same lines.
final class SwiftOracleTests: XCTestCase {
    private func printed(_ code: String) -> String {
        let h = Harness()
        let result = h.run(code)
        let lines = (result.run?.outputs ?? []).compactMap { output -> String? in
            if case .text(let t) = output { return t }
            return nil
        }
        let errors = result.diagnostics.map { $0.rendered() } + (result.run?.error.map { [$0.rendered()] } ?? [])
        return (lines + errors).joined(separator: "\n")
    }

    func testFunctions() {
        XCTAssertEqual(printed("""
        func square(_ v: Int) -> Int { return v * v }
        func greet(name: String, punctuation: String = "!") -> String { "Hello, \\(name)\\(punctuation)" }
        print(square(7), greet(name: "Ada"), greet(name: "Bo", punctuation: "?"))
        func fib(_ n: Int) -> Int { if n < 2 { return n }; return fib(n - 1) + fib(n - 2) }
        print(fib(20))
        func outer(_ x: Int) -> Int {
            func inner(_ y: Int) -> Int { y + x }
            return inner(10)
        }
        print(outer(5))
        """), """
        49 Hello, Ada! Hello, Bo?
        6765
        15
        """)
    }

    func testClosures() {
        XCTAssertEqual(printed("""
        let double = { (x: Int) -> Int in x * 2 }
        print(double(21))
        func makeCounter() -> () -> Int {
            var count = 0
            return { count += 1; return count }
        }
        let counter = makeCounter()
        print(counter(), counter(), counter())
        func apply(_ f: (Int) -> Int, to x: Int) -> Int { f(x) }
        print(apply({ $0 + 1 }, to: 4))
        func makeAdder(_ n: Int) -> (Int) -> Int { return { x in x + n } }
        let add5 = makeAdder(5)
        print(add5(10))
        var total = 0
        let addToTotal = { (x: Int) in total += x }
        addToTotal(3)
        addToTotal(4)
        print(total)
        """), """
        42
        1 2 3
        5
        15
        7
        """)
    }

    func testCollections() {
        XCTAssertEqual(printed("""
        let xs = [3, 1, 4, 1, 5, 9, 2, 6]
        print(xs.map { $0 * 10 })
        print(xs.filter { $0 % 2 == 0 })
        print(xs.reduce(0, +), xs.reduce(1) { $0 * $1 })
        print(xs.sorted(by: >), xs.sorted { $0 < $1 })
        print(xs.first(where: { $0 > 3 }) as Any, xs.firstIndex(of: 5) as Any, xs.firstIndex(of: 42) as Any)
        print(xs.contains(where: { $0 > 8 }), xs.allSatisfy { $0 > 0 })
        print(xs.prefix(3), xs.suffix(2), xs.dropFirst(), xs.dropLast(2))
        print(xs.min(by: { $0 > $1 }) as Any, Array(repeating: 0.5, count: 3))
        var ys = [1, 2]
        ys.append(contentsOf: [3, 4])
        ys.insert(0, at: 0)
        print(ys, ys.count, ys.indices.count)
        xs.forEach { print($0) }
        let names = ["a", "b", "c"]
        for (n, x) in zip(names, xs) { print(n, x) }
        for i in stride(from: 0, to: 10, by: 3) { print(i) }
        print(Array(stride(from: 1.0, through: 2.0, by: 0.5)))
        for (i, x) in xs.enumerated() where x > 4 { print(i, x) }
        let grid = [[1, 2], [3, 4]]
        print(grid[1][0], grid.map { $0.reduce(0, +) })
        var a = [1, 2, 3]
        var b = a
        b[0] = 99
        print(a, b)
        """), """
        [30, 10, 40, 10, 50, 90, 20, 60]
        [4, 2, 6]
        31 6480
        [9, 6, 5, 4, 3, 2, 1, 1] [1, 1, 2, 3, 4, 5, 6, 9]
        Optional(4) Optional(4) nil
        true true
        [3, 1, 4] [2, 6] [1, 4, 1, 5, 9, 2, 6] [3, 1, 4, 1, 5, 9]
        Optional(9) [0.5, 0.5, 0.5]
        [0, 1, 2, 3, 4] 5 5
        3
        1
        4
        1
        5
        9
        2
        6
        a 3
        b 1
        c 4
        0
        3
        6
        9
        [1.0, 1.5, 2.0]
        4 5
        5 9
        7 6
        3 [3, 7]
        [1, 2, 3] [99, 2, 3]
        """)
    }

    func testDictionaries() {
        XCTAssertEqual(printed("""
        var counts: [String: Int] = [:]
        for w in ["a", "b", "a", "c", "a"] { counts[w, default: 0] += 1 }
        print(counts["a"] as Any, counts["z"] as Any, counts.count)
        var scores = ["mlp": 0.97]
        scores["cnn"] = 0.99
        print(scores["cnn"]!, scores.keys.sorted(), scores.values.sorted())
        for (k, v) in scores.sorted(by: { $0.value > $1.value }) { print(k, v) }
        scores["mlp"] = nil
        print(scores.count, scores)
        let empty: [String: Double] = [:]
        print(empty, empty.isEmpty)
        """), """
        Optional(3) nil 3
        0.99 ["cnn", "mlp"] [0.97, 0.99]
        cnn 0.99
        mlp 0.97
        1 ["cnn": 0.99]
        [:] true
        """)
    }

    func testOptionals() {
        XCTAssertEqual(printed("""
        let maybe: Int? = 3
        let none: Int? = nil
        print(maybe as Any, none as Any, maybe ?? 0, none ?? -1)
        if let m = maybe { print("got", m) }
        if let n = none { print("got", n) } else { print("nothing") }
        func half(_ x: Int) -> Int? { x % 2 == 0 ? x / 2 : nil }
        func describe(_ x: Int) -> String {
            guard let h = half(x) else { return "odd" }
            return "half is \\(h)"
        }
        print(describe(8), describe(7))
        let parsed = Int("42")
        print(parsed as Any, Int("x") as Any, (Int("7") ?? 0) + 1, Double("2.5")!)
        let words: [String]? = ["x", "yy"]
        print(words?.count as Any, words?.first as Any)
        print(maybe! + 1, [maybe, none])
        """), """
        Optional(3) nil 3 -1
        got 3
        nothing
        half is 4 odd
        Optional(42) nil 8 2.5
        Optional(2) Optional("x")
        4 [Optional(3), nil]
        """)
    }

    func testSwitch() {
        XCTAssertEqual(printed("""
        func kind(_ n: Int) -> String {
            switch n {
            case 0: return "zero"
            case 1, 2, 3: return "small"
            case 4...9: return "digit"
            default: return "big"
            }
        }
        print(kind(0), kind(2), kind(7), kind(12))
        func grade(_ x: Double) -> String {
            switch x {
            case 0.99...: return "A"
            case 0.9..<0.99: return "B"
            default: return "C"
            }
        }
        print(grade(0.995), grade(0.95), grade(0.5))
        let s = "cnn"
        switch s {
        case "mlp": print("dense")
        case "cnn": print("conv")
        default: print("?")
        }
        var k = 0
        repeat { k += 3 } while k < 10
        print(k, k > 5 ? "big" : "small")
        """), """
        zero small digit big
        A B C
        conv
        12 big
        """)
    }

    func testNumbers() {
        XCTAssertEqual(printed("""
        print(16.0.squareRoot(), (2.5).rounded(), (-2.5).rounded(), Double.pi, Int.max, Int.min)
        print(abs(-3), abs(-2.5), min(3, 1, 2), max(1.5, 2.5), max(4, 9, 2))
        print(String(repeating: "ab", count: 3), String(format: "%d|%.2f|%e|%5.1f", 42, 2.0 / 3.0, 12345.678, 2.25))
        print(7 / 2, 7 % 3, -7 / 2, 7.0 / 2, 1e-5, 1e16, 0.1 + 0.2)
        print([1.5, 2.0], (1, "a", 2.5, true), [[1], [2, 3]], ["k": [1, 2]])
        print(10.isMultiple(of: 5), 7.5.truncatingRemainder(dividingBy: 2))
        """), """
        4.0 3.0 -3.0 3.141592653589793 9223372036854775807 -9223372036854775808
        3 2.5 1 2.5 9
        ababab 42|0.67|1.234568e+04|  2.2
        3 1 -3 3.5 1e-05 1e+16 0.30000000000000004
        [1.5, 2.0] (1, "a", 2.5, true) [[1], [2, 3]] ["k": [1, 2]]
        true 1.5
        """)
    }

}
