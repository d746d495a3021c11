import FolioCore

/// `inout` parameters, as Swift's copy-in copy-out: the caller passes a variable with `&`, the
/// function works on its own copy, and when it returns the copy's final value is stored back.
/// A function with inout parameters returns `(result, final values of its inout parameters)`.
extension Checker {
    /// The value and the place of an argument `&x` given to an inout parameter of type `type`.
    func inoutArgument(_ argument: Expr, type: FolioType) -> (CheckedExpr, LValue)? {
        guard case .inoutArgument(let inner) = argument.kind else {
            let value = expression(argument, expected: type)
            error(.inoutNeedsAmpersand(value.type), argument.range)
            return nil
        }
        switch inner.kind {
        case .name, .subscriptAccess, .member: break
        default:
            _ = expression(inner, expected: nil)
            error(.inoutNeedsVariable, inner.range)
            return nil
        }
        if case .name(let name) = inner.kind, let (binding, _) = lookup(name), !binding.mutable {
            error(.inoutOfConstant(name), inner.range)
            return nil
        }
        guard let (place, placeType) = lvalue(inner) else { return nil }
        let value = expression(inner, expected: type)
        // Swift passes a variable to an inout parameter only when the types are the same.
        if placeType != type && placeType != .any && type != .any {
            error(.inoutType(expected: type, got: placeType), inner.range)
            return nil
        }
        return (value, place)
    }

    /// The checked body of a function with inout parameters, each `return` (and the end of the
    /// body) handing back the result followed by the parameters' final values.
    func returningInoutValues(_ body: [CheckedStmt], _ declaration: FunctionDeclaration, range: SourceRange) -> [CheckedStmt] {
        let finals: [CheckedExpr] = declaration.parameters.filter(\.isInout).compactMap { p in
            guard let (_, storage) = lookup(p.name) else { return nil }
            return CheckedExpr(kind: .variable(storage, name: p.name), range: p.range, type: p.type.type)
        }
        let returnType = declaration.returnType?.type ?? .void
        func result(_ value: CheckedExpr?, _ at: SourceRange) -> CheckedExpr {
            let first = value ?? CheckedExpr(kind: .constant(.void), range: at, type: .void)
            return CheckedExpr(kind: .tuple([first] + finals), range: at, type: .tuple([returnType] + finals.map(\.type)))
        }
        func rewrite(_ statements: [CheckedStmt]) -> [CheckedStmt] {
            statements.map { statement in
                var s = statement
                switch statement.kind {
                case .returnValue(let value): s.kind = .returnValue(result(value, statement.range))
                case .ifElse(let c, let then, let otherwise): s.kind = .ifElse(c, rewrite(then), otherwise.map(rewrite))
                case .guardElse(let c, let otherwise): s.kind = .guardElse(c, rewrite(otherwise))
                case .whileLoop(let c, let body): s.kind = .whileLoop(c, rewrite(body))
                case .repeatWhile(let body, let c): s.kind = .repeatWhile(rewrite(body), c)
                case .forRange(let p, let lower, let upper, let closed, let w, let body):
                    s.kind = .forRange(p, lower: lower, upper: upper, closed: closed, whereClause: w, body: rewrite(body))
                case .forEach(let p, let sequence, let kind, let w, let body): s.kind = .forEach(p, sequence, kind, whereClause: w, body: rewrite(body))
                case .switchOver(let subject, let cases):
                    s.kind = .switchOver(subject, cases.map { CheckedCase(patterns: $0.patterns, guards: $0.guards, body: rewrite($0.body)) })
                case .jumpTarget(let label, let isLoopBody, let body): s.kind = .jumpTarget(label: label, isLoopBody: isLoopBody, rewrite(body))
                default: break
                }
                return s
            }
        }
        let end = SourceRange(range.end, range.end)
        return rewrite(body) + [CheckedStmt(kind: .returnValue(result(nil, end)), range: end)]
    }
}
