import FolioCore

/// Ranges as values: `0..<3`, `1...5`, `0.0...1.0`, `"a"..."z"`, their `~=` and their use as a
/// sequence of Ints (a loop, the array methods, an array parameter).
extension Checker {
    func rangeExpression(_ op: BinaryOperator, _ lhs: Expr, _ rhs: Expr, opRange: SourceRange, _ expr: Expr, expected: FolioType?) -> CheckedExpr {
        var bound: FolioType?
        if case .range(let t, _)? = expected?.unwrappedOptional, t != .any { bound = t }
        var l = expression(lhs, expected: bound)
        let r = expression(rhs, expected: bound ?? (l.type == .double ? .double : nil))
        // A literal beside a Double is a Double (`0...1.5`), as in Swift.
        if l.type == .int, r.type == .double, case .int = lhs.kind { l = adapt(l, to: .double) }
        let closed = op == .closedRange
        let type: FolioType
        switch (l.type, r.type) {
        case (.any, .any): type = .int
        case (.any, let t), (let t, .any): type = t
        case (let a, let b) where a == b && (a == .int || a == .double || a == .string): type = a
        default:
            error(.operatorTypes(op.rawValue, l.type, r.type, fix: Message.rangeBoundsFix), opRange)
            return invalid(expr)
        }
        return make(.makeRange(l, r, closed: closed), expr, .range(type, closed: closed))
    }

    /// `range ~= value`: whether the value lies in the range (what a `case range:` pattern asks).
    func patternMatchExpression(_ lhs: Expr, _ rhs: Expr, opRange: SourceRange, _ expr: Expr) -> CheckedExpr {
        let pattern = expression(lhs, expected: nil)
        guard case .range(let bound, _) = pattern.type else {
            let value = expression(rhs, expected: nil)
            if pattern.type != .any { error(.operatorTypes("~=", pattern.type, value.type, fix: Message.patternMatchFix), opRange) }
            return invalid(expr)
        }
        let value = expression(rhs, expected: bound)
        return rangeContains(pattern, value, bound: bound, opRange: opRange, expr)
    }

    /// `pattern.contains(value)`, through the one declaration of `Range.contains`.
    func rangeContains(_ range: CheckedExpr, _ value: CheckedExpr, bound: FolioType, opRange: SourceRange, _ expr: Expr) -> CheckedExpr {
        if !vocabulary.accepts(bound, value.type) {
            error(.operatorTypes("~=", range.type, value.type, fix: Message.patternMatchFix), opRange)
            return invalid(expr)
        }
        guard let contains = index.members(named: "contains", of: "Range", kind: .method).first else { return invalid(expr) }
        let argument = HostArgument(parameterName: contains.parameters.first?.name ?? "element", value: adapt(value, to: bound), variadic: false, unwrap: false)
        return make(.host(HostCall(declaration: contains, receiver: range, arguments: [argument], defaults: [:], builderItems: [], mutatedTarget: nil,
                                   nameRange: opRange)), expr, .bool)
    }

    /// A member Swift's ranges of other bounds do not have (`(0.0...1.0).count`).
    func rangeLacksMember(_ type: FolioType, _ name: String) -> Bool {
        guard case .range(let bound, _) = type, bound != .int, bound != .any else { return false }
        return RangeVocabulary.intOnly.contains(name)
    }

    /// A string, dictionary or range of Ints seen as the array of its elements (for the array methods).
    static func sequenceAsArray(_ value: CheckedExpr, element: FolioType) -> CheckedExpr {
        guard case .range = value.type else {
            return CheckedExpr(kind: .host(conversionCall(value, to: .array(element))), range: value.range, type: .array(element))
        }
        let declaration = Declaration(.function, "Array", [Parameter(nil, name: "range", .any)], returns: .array(.int), doc: "") { call in
            guard case .range(let r)? = call["range"] else { return call["range"] ?? .void }
            return .array(try r.elements())
        }
        let call = HostCall(declaration: declaration, receiver: nil,
                            arguments: [HostArgument(parameterName: "range", value: value, variadic: false, unwrap: false)],
                            defaults: [:], builderItems: [], mutatedTarget: nil)
        return CheckedExpr(kind: .host(call), range: value.range, type: .array(.int))
    }
}

extension FolioType {
    var isRange: Bool {
        if case .range = self { return true }
        return false
    }
}

extension Checker {
    /// The bounds of a range value, read through `lowerBound` and `upperBound` (for a slice
    /// `xs[r]` or a pattern `case r:` whose range is a value rather than written out).
    func bounds(of range: CheckedExpr) -> (lower: CheckedExpr, upper: CheckedExpr, closed: Bool)? {
        guard case .range(let bound, let closed) = range.type,
              let lower = index.members(named: "lowerBound", of: "Range", kind: .property).first,
              let upper = index.members(named: "upperBound", of: "Range", kind: .property).first else { return nil }
        func read(_ declaration: Declaration) -> CheckedExpr {
            CheckedExpr(kind: .host(HostCall(declaration: declaration, receiver: range, arguments: [], defaults: [:], builderItems: [], mutatedTarget: nil)),
                        range: range.range, type: bound)
        }
        return (read(lower), read(upper), closed)
    }
}
