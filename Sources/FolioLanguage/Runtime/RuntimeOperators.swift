/// The arithmetic, comparison and equality of the language at run time. Integer arithmetic is
/// overflow-checked; every failure is a thrown `RuntimeError`, never a trap.
enum RuntimeOperators {
    static func binary(_ op: String, _ l: Value, _ r: Value) throws -> Value {
        switch op {
        case "==": return .bool(equal(l, r))
        case "!=": return .bool(!equal(l, r))
        case "..<", "...":
            guard case .int(let lo) = l, case .int(let hi) = r else { throw RuntimeError("a range needs Int bounds") }
            if hi < lo {
                throw RuntimeError("range lower bound \(lo) is greater than its upper bound \(hi)")
            }
            let count = op == "..<" ? hi - lo : hi - lo + 1
            if count > 5_000_000 { throw RuntimeError("the range \(lo)\(op)\(hi) is too large to hold as an array", fix: "loop over it directly: for i in \(lo)\(op)\(hi) { ... }") }
            return .array((0..<count).map { .int(lo + $0) })
        default: break
        }
        switch (l, r) {
        case (.int(let a), .int(let b)):
            return try integer(op, a, b)
        case (.int, .double), (.double, .int), (.double, .double):
            return try double(op, number(l), number(r))
        case (.string(let a), .string(let b)):
            switch op {
            case "+": return .string(a + b)
            case "<": return .bool(a < b)
            case "<=": return .bool(a <= b)
            case ">": return .bool(a > b)
            case ">=": return .bool(a >= b)
            default: break
            }
        case (.array(let a), .array(let b)) where op == "+":
            return .array(a + b)
        case (.tuple(let a), .tuple(let b)) where a.count == b.count && ["<", "<=", ">", ">="].contains(op):
            // Lexicographic, as Swift compares tuples.
            for (x, y) in zip(a, b) where !equal(x, y) {
                return try binary(op.hasPrefix("<") ? "<" : ">", x.unlabelled, y.unlabelled)
            }
            return .bool(op.hasSuffix("="))
        case (.bool(let a), .bool(let b)):
            if op == "&&" { return .bool(a && b) }
            if op == "||" { return .bool(a || b) }
        default: break
        }
        throw RuntimeError("operator '\(op)' cannot combine \(l.type) and \(r.type)")
    }

    static func number(_ v: Value) -> Double {
        switch v {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return .nan
        }
    }

    private static func integer(_ op: String, _ a: Int, _ b: Int) throws -> Value {
        func checked(_ result: (partialValue: Int, overflow: Bool)) throws -> Value {
            if result.overflow {
                throw RuntimeError("integer overflow: \(a) \(op) \(b) does not fit in an Int", fix: "use Double values for very large numbers, e.g. Double(\(a)) \(op) Double(\(b))")
            }
            return .int(result.partialValue)
        }
        switch op {
        case "+": return try checked(a.addingReportingOverflow(b))
        case "-": return try checked(a.subtractingReportingOverflow(b))
        case "*": return try checked(a.multipliedReportingOverflow(by: b))
        case "/":
            if b == 0 { throw RuntimeError("division by zero: \(a) / 0", fix: "check that the divisor is not 0 first") }
            return try checked(a.dividedReportingOverflow(by: b))
        case "%":
            if b == 0 { throw RuntimeError("remainder by zero: \(a) % 0", fix: "check that the divisor is not 0 first") }
            return try checked(a.remainderReportingOverflow(dividingBy: b))
        case "<": return .bool(a < b)
        case "<=": return .bool(a <= b)
        case ">": return .bool(a > b)
        case ">=": return .bool(a >= b)
        default: throw RuntimeError("operator '\(op)' cannot combine Int and Int")
        }
    }

    private static func double(_ op: String, _ a: Double, _ b: Double) throws -> Value {
        switch op {
        case "+": return .double(a + b)
        case "-": return .double(a - b)
        case "*": return .double(a * b)
        case "/": return .double(a / b)
        case "%": return .double(a.truncatingRemainder(dividingBy: b))
        case "<": return .bool(a < b)
        case "<=": return .bool(a <= b)
        case ">": return .bool(a > b)
        case ">=": return .bool(a >= b)
        default: throw RuntimeError("operator '\(op)' cannot combine Double and Double")
        }
    }

    static func unary(_ op: String, _ v: Value) throws -> Value {
        switch (op, v) {
        case ("-", .int(let i)):
            let (result, overflow) = Int(0).subtractingReportingOverflow(i)
            if overflow { throw RuntimeError("integer overflow: -(\(i)) does not fit in an Int") }
            return .int(result)
        case ("-", .double(let d)): return .double(-d)
        case ("+", .int), ("+", .double): return v
        case ("!", .bool(let b)): return .bool(!b)
        default: throw RuntimeError("operator '\(op)' cannot be applied to \(v.type)")
        }
    }

    /// Structural equality; numbers compare by value across Int and Double; objects by identity.
    static func equal(_ l: Value, _ r: Value) -> Bool {
        let l = l.unlabelled, r = r.unlabelled
        switch (l, r) {
        case (.int(let a), .int(let b)): return a == b
        case (.int, .double), (.double, .int), (.double, .double): return number(l) == number(r)
        case (.string(let a), .string(let b)): return a == b
        case (.bool(let a), .bool(let b)): return a == b
        case (.array(let a), .array(let b)), (.tuple(let a), .tuple(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { equal($0, $1) }
        case (.enumCase(let a), .enumCase(let b)): return a.typeName == b.typeName && a.description == b.description
        case (.table(let a), .table(let b)): return a == b
        case (.object(let a), .object(let b)): return a === b
        case (.void, .void): return true
        case (.dictionary(let a), .dictionary(let b)): return a == b
        case (.optional(nil), .optional(nil)), (.optional(nil), .void), (.void, .optional(nil)): return true
        case (.optional(let a?), .optional(let b?)): return equal(a, b)
        case (.optional(let a?), _): return equal(a, r)
        case (_, .optional(let b?)): return equal(l, b)
        case (.function(let a), .function(let b)): return a === b
        case (.range(let a), .range(let b)): return a == b
        default: return false
        }
    }
}
