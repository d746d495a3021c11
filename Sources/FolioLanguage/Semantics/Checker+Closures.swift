import FolioCore

/// Closure expressions: parameter and result types from the context, `$0`, tuple destructuring.
extension Checker {
    func closureExpression(_ closure: ClosureExpr, _ expr: Expr, expected: FolioType?) -> CheckedExpr {
        var expectedParameters: [FolioType]?
        var expectedResult: FolioType?
        if case .function(let ps, let r)? = expected?.unwrappedOptional {
            expectedParameters = ps.map { isTypeVariable($0) || containsTypeVariable($0) ? .any : $0 }
            if !containsTypeVariable(r) && r != .any { expectedResult = r }
        }
        var names: [String]
        var parameterTypes: [FolioType]
        let written = closure.parameters?.count ?? closure.anonymousArgumentCount
        if let expectedParameters, expectedParameters.count == 1, case .tuple(let parts) = expectedParameters[0], parts.count > 1, written == parts.count {
            return destructuringClosure(closure, expr, elements: parts, expectedResult: expectedResult)
        }
        if let parameters = closure.parameters {
            names = parameters.map(\.name)
            if let expectedParameters, expectedParameters.count != parameters.count {
                error(.closureArity(expected: expectedParameters.count, got: parameters.count), expr.range)
                return invalid(expr)
            }
            parameterTypes = parameters.enumerated().map { i, p in
                p.type?.type ?? (expectedParameters.flatMap { i < $0.count ? $0[i] : nil } ?? .any)
            }
        } else {
            let count = max(closure.anonymousArgumentCount, expectedParameters?.count ?? 0)
            if let expectedParameters, closure.anonymousArgumentCount > expectedParameters.count {
                error(.closureArity(expected: expectedParameters.count, got: closure.anonymousArgumentCount), expr.range)
                return invalid(expr)
            }
            names = (0..<count).map { "$\($0)" }
            parameterTypes = (0..<count).map { i in expectedParameters.flatMap { i < $0.count ? $0[i] : nil } ?? .any }
        }
        let declaredResult = closure.returnType?.type ?? expectedResult
        let code = FunctionCode(name: "closure", type: .function(parameterTypes, declaredResult ?? .any), parameterCount: names.count, range: expr.range)
        checkBody(code, parameters: Array(zip(names, parameterTypes)), returnType: declaredResult) {
            checkFunctionBody(closure.body, returnType: declaredResult)
        }
        let result = declaredResult ?? (inferredReturn.isEmpty ? .void : Checker.unify(inferredReturn))
        code.type = .function(parameterTypes, result)
        return make(.closure(code), expr, code.type)
    }

    /// A closure given one tuple whose elements it names as parameters: it takes the tuple and
    /// unpacks it first, as Swift does for `zip(a, b).map { $0 + $1 }`.
    private func destructuringClosure(_ closure: ClosureExpr, _ expr: Expr, elements: [FolioType], expectedResult: FolioType?) -> CheckedExpr {
        let names = closure.parameters?.map(\.name) ?? (0..<elements.count).map { "$\($0)" }
        let types = elements.enumerated().map { i, t in closure.parameters?[i].type?.type ?? t.unlabelled }
        let declaredResult = closure.returnType?.type ?? expectedResult
        let tupleType = FolioType.tuple(elements)
        let code = FunctionCode(name: "closure", type: .function([tupleType], declaredResult ?? .any), parameterCount: 1, range: expr.range)
        checkBody(code, parameters: [("$tuple", tupleType)], returnType: declaredResult) {
            guard let (_, storage) = lookup("$tuple") else { return [] }
            let pattern = CheckedPattern.tuple(zip(names, types).map { name, type in
                name == "_" ? .ignore : .variable(declare(name, StaticBinding(type: type, mutable: false)))
            })
            let unpack = CheckedStmt(kind: .bind(pattern, CheckedExpr(kind: .variable(storage, name: "$tuple"), range: expr.range, type: tupleType), mutable: false),
                                     range: expr.range)
            return [unpack] + checkFunctionBody(closure.body, returnType: declaredResult)
        }
        let result = declaredResult ?? (inferredReturn.isEmpty ? .void : Checker.unify(inferredReturn))
        code.type = .function([tupleType], result)
        return make(.closure(code), expr, code.type)
    }

    // MARK: conversions

    static func unify(_ types: [FolioType]) -> FolioType {
        guard var result = types.first else { return .any }
        for t in types.dropFirst() where t != result {
            if result.isNumeric && t.isNumeric { result = .double }
            else if result == .void, case .optional = t { result = t }
            else if t == .void, case .optional = result { continue }
            else if result == .void { result = .optional(t) }
            else if t == .void { result = .optional(result) }
            else if case .optional(let inner) = result, inner == t || (inner.isNumeric && t.isNumeric) { continue }
            else if result.accepts(t) && result != .any { continue }
            else if t.accepts(result) && t != .any { result = t }
            else { return .any }
        }
        return result
    }
}
