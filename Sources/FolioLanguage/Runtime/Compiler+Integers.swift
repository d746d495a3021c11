import FolioCore

/// Where an Int operand comes from. Constants and plain (uncaptured) local variables are read
/// inline, so `n - 1`, `n < 2` or `i * 7` cost one compiled closure instead of three. (A struct,
/// not an enum with a closure payload: that would wrap every call in reabstraction thunks.)
struct IntOperand {
    enum Source { case constant, slot, computed }
    let source: Source
    /// The constant, or the slot.
    let number: Int
    let evaluate: Evaluate

    @inline(__always)
    func value(_ rt: Runtime) throws -> Int {
        switch source {
        case .constant: return number
        case .slot:
            if case .int(let v) = rt.stack[rt.base + number] { return v }
        case .computed:
            if case .int(let v) = try evaluate(rt) { return v }
        }
        throw RuntimeError("expected Int operands")
    }
}

/// A compiled condition: a Bool without building a `Value` (an Int comparison is tested directly).
typealias Test = (Runtime) throws -> Bool

extension Compiler {
    func intOperand(_ expr: CheckedExpr) -> IntOperand {
        let unused: Evaluate = { _ in .void }
        switch expr.kind {
        case .constant(.int(let v)): return IntOperand(source: .constant, number: v, evaluate: unused)
        case .variable(.local(let local), _) where !local.isCaptured: return IntOperand(source: .slot, number: local.slot, evaluate: unused)
        default: return IntOperand(source: .computed, number: 0, evaluate: compile(expr))
        }
    }

    /// Int arithmetic and comparison, overflow and division by zero failing at the operator.
    func integer(_ op: BinaryOperator, _ lhs: CheckedExpr, _ rhs: CheckedExpr, opRange: SourceRange) -> Evaluate? {
        if let comparison = intComparison(op, lhs, rhs) { return { rt in .bool(try comparison.holds(rt)) } }
        let l = intOperand(lhs), r = intOperand(rhs)
        func arithmetic(_ f: @escaping (Int, Int) -> (partialValue: Int, overflow: Bool)) -> Evaluate {
            return { rt in
                let a = try l.value(rt), b = try r.value(rt)
                let (v, overflow) = f(a, b)
                if overflow { throw self.fail(.overflow(a, op.rawValue, b), opRange) }
                return .int(v)
            }
        }
        func division(_ remainder: Bool) -> Evaluate {
            return { rt in
                let a = try l.value(rt), b = try r.value(rt)
                if b == 0 { throw self.fail(remainder ? .remainderByZero(a) : .divisionByZero(a), opRange) }
                let (v, overflow) = remainder ? a.remainderReportingOverflow(dividingBy: b) : a.dividedReportingOverflow(by: b)
                if overflow { throw self.fail(.overflow(a, op.rawValue, b), opRange) }
                return .int(v)
            }
        }
        switch op {
        // The commonest operators are written out, so no closure call is left inside them.
        case .add:
            return { rt in
                let a = try l.value(rt), b = try r.value(rt)
                let (v, overflow) = a.addingReportingOverflow(b)
                if overflow { throw self.fail(.overflow(a, op.rawValue, b), opRange) }
                return .int(v)
            }
        case .subtract:
            return { rt in
                let a = try l.value(rt), b = try r.value(rt)
                let (v, overflow) = a.subtractingReportingOverflow(b)
                if overflow { throw self.fail(.overflow(a, op.rawValue, b), opRange) }
                return .int(v)
            }
        case .multiply:
            return { rt in
                let a = try l.value(rt), b = try r.value(rt)
                let (v, overflow) = a.multipliedReportingOverflow(by: b)
                if overflow { throw self.fail(.overflow(a, op.rawValue, b), opRange) }
                return .int(v)
            }
        case .divide: return division(false)
        case .remainder: return division(true)
        case .bitAnd: return arithmetic { ($0 & $1, false) }
        case .bitOr: return arithmetic { ($0 | $1, false) }
        case .bitXor: return arithmetic { ($0 ^ $1, false) }
        case .shiftLeft: return arithmetic { ($0 << $1, false) }
        case .shiftRight: return arithmetic { ($0 >> $1, false) }
        case .wrappingAdd: return arithmetic { ($0 &+ $1, false) }
        case .wrappingSubtract: return arithmetic { ($0 &- $1, false) }
        case .wrappingMultiply: return arithmetic { ($0 &* $1, false) }
        default: return nil
        }
    }

    /// An Int comparison as a test.
    func integerTest(_ op: BinaryOperator, _ lhs: CheckedExpr, _ rhs: CheckedExpr) -> Test? {
        guard lhs.type == .int, rhs.type == .int, op.isComparison else { return nil }
        let l = intOperand(lhs), r = intOperand(rhs)
        switch op {
        case .less: return { rt in try l.value(rt) < r.value(rt) }
        case .lessEqual: return { rt in try l.value(rt) <= r.value(rt) }
        case .greater: return { rt in try l.value(rt) > r.value(rt) }
        case .greaterEqual: return { rt in try l.value(rt) >= r.value(rt) }
        case .equal: return { rt in try l.value(rt) == r.value(rt) }
        case .notEqual: return { rt in try l.value(rt) != r.value(rt) }
        default: return nil
        }
    }

    /// A condition (of `if`, `while`, `guard`, `?:`, `where`): Int comparisons and `&&`/`||` of
    /// them are tested without making Bool values.
    func test(_ expr: CheckedExpr) -> Test {
        switch expr.kind {
        case .binary(.and, let l, let r, _):
            let a = test(l), b = test(r)
            return { rt in try a(rt) ? try b(rt) : false }
        case .binary(.or, let l, let r, _):
            let a = test(l), b = test(r)
            return { rt in try a(rt) ? true : try b(rt) }
        case .binary(let op, let l, let r, _):
            if let fast = integerTest(op, l, r) { return fast }
        default: break
        }
        let e = compile(expr)
        return { rt in try Compiler.truth(try e(rt)) }
    }
}

/// An Int comparison that the closure using it (`?:`, `if`, `while`) tests inline, saving the
/// call of a separate test closure: `n < 2 ? n : fib(n - 1) + fib(n - 2)`.
struct IntComparison {
    let relation: BinaryOperator
    let l: IntOperand
    let r: IntOperand

    @inline(__always)
    func holds(_ rt: Runtime) throws -> Bool {
        let a = try l.value(rt), b = try r.value(rt)
        switch relation {
        case .less: return a < b
        case .lessEqual: return a <= b
        case .greater: return a > b
        case .greaterEqual: return a >= b
        case .equal: return a == b
        default: return a != b
        }
    }
}

/// A value that is a constant or a plain local slot is read inline by the closure using it.
struct ValueOperand {
    enum Source { case constant, slot, computed }
    let source: Source
    let constant: Value
    let slot: Int
    let evaluate: Evaluate

    @inline(__always)
    func value(_ rt: Runtime) throws -> Value {
        switch source {
        case .constant: return constant
        case .slot: return rt.stack[rt.base + slot]
        case .computed: return try evaluate(rt)
        }
    }
}

extension Compiler {
    func intComparison(_ expr: CheckedExpr) -> IntComparison? {
        guard case .binary(let op, let lhs, let rhs, _) = expr.kind else { return nil }
        return intComparison(op, lhs, rhs)
    }

    func intComparison(_ op: BinaryOperator, _ lhs: CheckedExpr, _ rhs: CheckedExpr) -> IntComparison? {
        guard lhs.type == .int, rhs.type == .int, op.isComparison else { return nil }
        return IntComparison(relation: op, l: intOperand(lhs), r: intOperand(rhs))
    }

    func valueOperand(_ expr: CheckedExpr) -> ValueOperand {
        let unused: Evaluate = { _ in .void }
        switch expr.kind {
        case .constant(let v): return ValueOperand(source: .constant, constant: v, slot: 0, evaluate: unused)
        case .variable(.local(let local), _) where !local.isCaptured:
            return ValueOperand(source: .slot, constant: .void, slot: local.slot, evaluate: unused)
        default: return ValueOperand(source: .computed, constant: .void, slot: 0, evaluate: compile(expr))
        }
    }

    /// `c ? a : b`, with an Int comparison for `c` tested inline.
    func conditional(_ c: CheckedExpr, _ a: CheckedExpr, _ b: CheckedExpr) -> Evaluate {
        let then = valueOperand(a), otherwise = valueOperand(b)
        if let comparison = intComparison(c) {
            return { rt in try comparison.holds(rt) ? try then.value(rt) : try otherwise.value(rt) }
        }
        let condition = test(c)
        return { rt in try condition(rt) ? try then.value(rt) : try otherwise.value(rt) }
    }
}
