import FolioCore

/// `switch`: its case patterns (values, ranges, `let` bindings, tuples, optionals), `where`
/// conditions, `fallthrough` and exhaustiveness.
extension Checker {
    func checkSwitch(_ subject: Expr, _ cases: [SwitchCase], range: SourceRange) -> CheckedStmt {
        var checkedSubject = expression(subject, expected: nil)
        if cases.flatMap(\.items).contains(where: { $0.pattern.matchesOptionals }), !checkedSubject.type.isOptional, checkedSubject.type != .any, isKnownNonOptional(subject) {
            // `switch xs.first { case let x?: ... case nil: ... }`: an optional in Swift, the element in Folio.
            checkedSubject = adapt(checkedSubject, to: .optional(checkedSubject.type))
        }
        let type = checkedSubject.type
        var checkedCases: [CheckedCase] = []
        for (position, c) in cases.enumerated() {
            let checked: CheckedCase = withScope {
                var patterns: [CheckedCasePattern] = [], guards: [CheckedExpr?] = []
                var firstNames: [String]?
                for item in c.items {
                    let names = item.pattern.names
                    if let twice = names.first(where: { name in names.filter { $0 == name }.count > 1 }) {
                        error(.redeclaration(twice), item.pattern.range)
                    }
                    if let firstNames, Set(firstNames) != Set(names) {
                        let missing = Set(firstNames).symmetricDifference(names).sorted().first ?? ""
                        error(.caseNameNotInEveryPattern(missing), item.pattern.range)
                    }
                    patterns.append(casePattern(item.pattern, type: type))
                    guards.append(item.whereClause.map { condition($0) })
                    if firstNames == nil { firstNames = names }
                }
                let next = position + 1 < cases.count ? cases[position + 1] : nil
                context.fallthroughTargets.append(FallthroughTarget(exists: next != nil, boundName: next?.items.lazy.flatMap(\.pattern.names).first))
                defer { context.fallthroughTargets.removeLast() }
                let body = checkBlock(c.body)
                return CheckedCase(patterns: patterns, guards: guards, body: body)
            }
            checkedCases.append(checked)
        }
        let covering = cases.flatMap(\.items).filter { $0.whereClause == nil }.map(\.pattern)
        if !cases.contains(where: \.isDefault) && !SwitchExhaustiveness(vocabulary: vocabulary).covers(covering, type) {
            error(.switchNotExhaustive, subject.range)
        }
        return CheckedStmt(kind: .switchOver(checkedSubject, checkedCases), range: range)
    }

    /// `if case pattern = value`: the pattern checked against the value's type, its names bound in
    /// the current scope (visible to the clauses after it and to the block).
    func caseCondition(_ pattern: CasePattern, _ value: Expr) -> CheckedCondition {
        var checked = expression(value, expected: nil)
        if pattern.matchesOptionals, !checked.type.isOptional, checked.type != .any, isKnownNonOptional(value) {
            checked = adapt(checked, to: .optional(checked.type))
        }
        return .matches(casePattern(pattern, type: checked.type), checked)
    }

    /// The checked form of one pattern against a value of `type`; names it binds are declared in
    /// the current scope (the case's), once even when several patterns of a case bind them.
    func casePattern(_ pattern: CasePattern, type: FolioType) -> CheckedCasePattern {
        switch pattern {
        case .wildcard:
            return .anything
        case .binding(let name, _, let mutable):
            if let existing = context.scopes[context.scopes.count - 1][name] {
                // The same name in another pattern of the case: one variable, whichever pattern matched.
                if let local = existing.local { return .bind(.local(local)) }
                return .bind(.global(name))
            }
            return .bind(declare(name, StaticBinding(type: type, mutable: mutable)))
        case .tuple(let elements, let range):
            switch type {
            case .tuple(let types) where types.count == elements.count:
                return .tuple(zip(elements, types).map { casePattern($0, type: $1.unlabelled) })
            case .any:
                return .tuple(elements.map { casePattern($0, type: .any) })
            default:
                error(.tuplePatternType(count: elements.count, type), range)
                return .tuple(elements.map { casePattern($0, type: .any) })
            }
        case .some(let inner, let range):
            switch type {
            case .optional(let wrapped): return .some(casePattern(inner, type: wrapped))
            case .any: return .some(casePattern(inner, type: .any))
            default:
                error(.optionalPatternNotOptional(type), range)
                return .some(casePattern(inner, type: type))
            }
        case .value(let p):
            return valuePattern(p, type: type)
        }
    }

    private func valuePattern(_ p: Expr, type: FolioType) -> CheckedCasePattern {
        switch p.kind {
        case .partialRange(let lower, let upper, let closed):
            let l = lower.map { expression($0, expected: type) }, u = upper.map { expression($0, expected: type) }
            checkRangePattern([l, u].compactMap { $0 }, type: type, p)
            return .range(lower: l, upper: u, closed: closed)
        case .binary(let op, let lhs, let rhs, _) where op == .halfOpenRange || op == .closedRange:
            let l = expression(lhs, expected: type), r = expression(rhs, expected: type)
            checkRangePattern([l, r], type: type, p)
            return .range(lower: l, upper: r, closed: op == .closedRange)
        case .implicitMember("none") where type.isOptional:
            // `case .none:` is `case nil:`.
            return .equals(make(.constant(.optional(nil)), p, type))
        default:
            let (value, valueType) = typed(p, expected: type)
            if case .range(let bound, _) = valueType, !type.isRange, let (l, u, closed) = bounds(of: value) {
                // `case r:` with a range value: Swift's `~=`, whether the value lies in it.
                if !vocabulary.accepts(bound, type.unwrappedOptional) { error(.casePatternType(valueType, subject: type), p.range) }
                return .range(lower: l, upper: u, closed: closed)
            }
            if !vocabulary.accepts(type, valueType) && !vocabulary.accepts(valueType, type) {
                error(.casePatternType(valueType, subject: type), p.range)
            }
            return .equals(value)
        }
    }

    private func checkRangePattern(_ bounds: [CheckedExpr], type: FolioType, _ p: Expr) {
        guard type.isNumeric || type == .string || type == .any else {
            error(.rangePatternNeedsNumbers(type), p.range)
            return
        }
        for bound in bounds where !vocabulary.accepts(type, bound.type) {
            error(.casePatternType(bound.type, subject: type), bound.range)
        }
    }
}

extension CasePattern {
    /// Whether the pattern is an optional one (`x?`, `.some(x)`, `nil`).
    var matchesOptionals: Bool {
        switch self {
        case .some: return true
        case .value(let e): if case .nilLiteral = e.kind { return true } else { return false }
        default: return false
        }
    }

    /// Whether the pattern matches every value (`let x`, `_`, `(let a, _)`).
    var matchesAnything: Bool {
        switch self {
        case .binding, .wildcard: return true
        case .tuple(let ps, _): return ps.allSatisfy(\.matchesAnything)
        case .value, .some: return false
        }
    }
}

/// What a `fallthrough` in the case being checked would go on with.
struct FallthroughTarget {
    /// Whether another case follows.
    var exists: Bool
    /// A name the next case binds (Swift refuses to fall into it).
    var boundName: String?
}
