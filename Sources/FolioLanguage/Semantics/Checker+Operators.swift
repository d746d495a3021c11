import FolioCore

/// Binary operators and operators used as functions (`reduce(0, +)`): their operand and result types.
extension Checker {
    func binaryExpression(_ op: BinaryOperator, _ lhs: Expr, _ rhs: Expr, opRange: SourceRange, _ expr: Expr, expected: FolioType?) -> CheckedExpr {
        if op == .halfOpenRange || op == .closedRange { return rangeExpression(op, lhs, rhs, opRange: opRange, expr, expected: expected) }
        if op == .patternMatch { return patternMatchExpression(lhs, rhs, opRange: opRange, expr) }
        if op == .nilCoalescing {
            let l = expression(lhs, expected: expected.map { .optional($0) })
            var wrapped = FolioType.any
            // A non-optional left side (`xs.max() ?? 0`, not optional in Folio) is simply its value.
            if case .optional(let t) = l.type { wrapped = t } else if l.type != .any { wrapped = l.type }
            let r = expression(rhs, expected: wrapped == .any ? expected : wrapped)
            if case .optional = r.type {
                return make(.nilCoalescing(l, r), expr, r.type)
            }
            if !vocabulary.accepts(wrapped, r.type) && !vocabulary.accepts(r.type, wrapped) { error(.coalescingTypes(wrapped, r.type), rhs.range) }
            let type = wrapped == .any ? r.type : Checker.unify([wrapped, r.type])
            return make(.nilCoalescing(l, adapt(r, to: type)), expr, type)
        }
        // A literal beside a Double is a Double (`x * 2`), as in Swift.
        var l = expression(lhs, expected: nil)
        var rightExpected: FolioType? = op.isArithmetic || op.isComparison ? (l.type == .double ? .double : nil) : nil
        // `x.sign == .minus`: a leading-dot case takes the other side's enum type, as in Swift.
        if case .implicitMember = rhs.kind, case .named = l.type { rightExpected = l.type }
        var r = expression(rhs, expected: rightExpected)
        if l.type == .int, r.type == .double, case .int = lhs.kind { l = adapt(l, to: .double) }
        let type = binaryType(op, l.type, r.type, opRange: opRange)
        if op.isArithmetic || op.isComparison {
            if l.type == .double && r.type == .int { r = adapt(r, to: .double) }
            if r.type == .double && l.type == .int { l = adapt(l, to: .double) }
        }
        // Comparing an optional with a plain value compares the wrapped value (`d["a"] == 1`).
        if op == .equal || op == .notEqual {
            if case .optional(let t) = l.type, r.type != .void, !(r.type.isOptional) { r = adapt(r, to: .optional(t)) }
            if case .optional(let t) = r.type, l.type != .void, !(l.type.isOptional) { l = adapt(l, to: .optional(t)) }
        }
        return make(.binary(op, l, r, opRange: opRange), expr, type)
    }

    func binaryType(_ op: BinaryOperator, _ l: FolioType, _ r: FolioType, opRange: SourceRange) -> FolioType {
        if l == .any || r == .any {
            switch op {
            case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .and, .or: return .bool
            case .halfOpenRange, .closedRange: return .range(.int, closed: op == .closedRange)
            case .patternMatch: return .bool
            default: return .any
            }
        }
        func fail(_ fix: String? = nil) -> FolioType {
            error(.operatorTypes(op.rawValue, l, r, fix: fix), opRange)
            return .any
        }
        var stringFix = (l == .string) != (r == .string) ? Message.numberToStringFix : nil
        if l.isOptional || r.isOptional { stringFix = Message.unwrapFix }
        switch op {
        case .add:
            if l == .string && r == .string { return .string }
            if case .array(let a) = l, case .array(let b) = r { return .array(Checker.unify([a, b])) }
            if l.isNumeric && r.isNumeric { return l == .int && r == .int ? .int : .double }
            return fail(stringFix)
        case .subtract, .multiply, .divide, .remainder:
            if l.isNumeric && r.isNumeric { return l == .int && r == .int ? .int : .double }
            return fail(stringFix)
        case .less, .lessEqual, .greater, .greaterEqual:
            if (l.isNumeric && r.isNumeric) || (l == .string && r == .string) { return .bool }
            // Tuples compare element by element, as in Swift.
            if case .tuple(let a) = l, case .tuple(let b) = r, a.count == b.count,
               zip(a, b).allSatisfy({ ($0.isNumeric && $1.isNumeric) || ($0 == .string && $1 == .string) || $0 == .bool && $1 == .bool }) { return .bool }
            return fail(stringFix)
        case .equal, .notEqual:
            if vocabulary.accepts(l, r) || vocabulary.accepts(r, l) || l == .void || r == .void { return .bool }
            if case .optional(let t) = l, vocabulary.accepts(t, r) { return .bool }
            if case .optional(let t) = r, vocabulary.accepts(t, l) { return .bool }
            return fail(stringFix)
        case .and, .or:
            if l == .bool && r == .bool { return .bool }
            return fail(Message.bothBoolFix)
        case .halfOpenRange, .closedRange:
            if l == r && (l == .int || l == .double || l == .string) { return .range(l, closed: op == .closedRange) }
            return fail(Message.rangeBoundsFix)
        case .patternMatch:
            if case .range(let bound, _) = l, vocabulary.accepts(bound, r) { return .bool }
            return fail(Message.patternMatchFix)
        case .nilCoalescing:
            return r
        case .bitAnd, .bitOr, .bitXor, .shiftLeft, .shiftRight, .wrappingAdd, .wrappingSubtract, .wrappingMultiply:
            if l == .int && r == .int { return .int }
            return fail(nil)
        }
    }

    func operatorFunction(_ op: BinaryOperator, _ expr: Expr, expected: FolioType?) -> CheckedExpr {
        var operands: [FolioType] = [.any, .any]
        if case .function(let ps, _)? = expected, ps.count == 2 { operands = ps.map { isTypeVariable($0) ? .any : $0 } }
        if operands[0] == .any, operands[1] != .any { operands[0] = operands[1] }
        if operands[1] == .any, operands[0] != .any { operands[1] = operands[0] }
        let result = operands.contains(.any) ? (op.isComparison || op == .and || op == .or ? .bool : .any)
            : binaryType(op, operands[0], operands[1], opRange: expr.range)
        return make(.operatorFunction(op), expr, .function(operands, result))
    }
}
