import FolioCore

/// `func` declarations and `return`: function types, bodies checked where they are declared.
extension Checker {
    func functionType(_ declaration: FunctionDeclaration) -> FolioType {
        .function(declaration.parameters.map(\.type.type), declaration.returnType?.type ?? .void)
    }

    func checkFunction(_ declaration: FunctionDeclaration, range: SourceRange) -> CheckedStmt {
        let type = functionType(declaration)
        // Declared before its body is checked, so it can call itself.
        let storage: Storage
        if isTopLevel {
            storage = declare(declaration.name, StaticBinding(type: type, mutable: false))
        } else {
            if context.scopes[context.scopes.count - 1][declaration.name] != nil { error(.redeclaration(declaration.name), declaration.nameRange) }
            storage = declare(declaration.name, StaticBinding(type: type, mutable: false))
        }
        var seen = Set<String>()
        for p in declaration.parameters {
            if !seen.insert(p.name).inserted { error(.duplicateParameter(p.name), p.range) }
        }
        let code = FunctionCode(name: declaration.name, type: type, parameterCount: declaration.parameters.count, range: range)
        let returnType = declaration.returnType?.type ?? .void
        let defaults = declaration.parameters.map { p in p.defaultValue.map { convert(expression($0, expected: p.type.type), to: p.type.type, what: p.name) } }
        // Known before the body is checked, so a recursive call has the labels, defaults and inout parameters.
        userFunctions[ObjectIdentifier(code)] = UserFunctionSignature(
            labels: declaration.parameters.map(\.label), names: declaration.parameters.map(\.name), defaults: defaults,
            variadic: declaration.parameters.map(\.variadic), inoutParameters: declaration.parameters.map(\.isInout))
        if case .global(let name) = storage { globalFunctionSignatures[name] = userFunctions[ObjectIdentifier(code)] }
        if case .local(let local) = storage { localFunctionSignatures[ObjectIdentifier(local)] = userFunctions[ObjectIdentifier(code)] }
        let inoutNames = Set(declaration.parameters.filter(\.isInout).map(\.name))
        checkBody(code, parameters: declaration.parameters.map { ($0.name, $0.type.type) }, returnType: returnType, mutable: inoutNames) { [self] in
            let body = declaration.body
            if returnType != .void, !alwaysReturns(body), !isSingleExpression(body) {
                error(.missingReturn(declaration.name, returnType), SourceRange(range.end, range.end))
            }
            let checked = checkFunctionBody(body, returnType: returnType)
            return inoutNames.isEmpty ? checked : returningInoutValues(checked, declaration, range: range)
        }
        return CheckedStmt(kind: .declareFunction(storage, code), range: range)
    }

    func isSingleExpression(_ body: [Stmt]) -> Bool {
        if body.count == 1, case .expression = body[0].kind { return true }
        return false
    }

    /// A body whose only statement is an expression returns that expression's value.
    func checkFunctionBody(_ body: [Stmt], returnType: FolioType?) -> [CheckedStmt] {
        if isSingleExpression(body), case .expression(let e) = body[0].kind, returnType != .void {
            if let returnType {
                let value = convert(expression(e, expected: returnType), to: returnType, what: "the result")
                return [CheckedStmt(kind: .returnValue(value), range: body[0].range)]
            }
            let value = expression(e, expected: nil)
            context.returnedTypes.append(value.type)
            if value.type == .void { return [CheckedStmt(kind: .expression(value, show: false), range: body[0].range)] }
            return [CheckedStmt(kind: .returnValue(value), range: body[0].range)]
        }
        return body.compactMap { check($0, topLevel: false, isLast: false) }
    }

    /// Checks a function or closure body in a new function context whose first slots are the parameters.
    func checkBody(_ code: FunctionCode, parameters: [(String, FolioType)], returnType: FolioType?, mutable: Set<String> = [],
                   _ body: () -> [CheckedStmt]) {
        let inner = FunctionContext(parent: context, code: code, returnType: returnType)
        let saved = context
        context = inner
        var parameterLocals: [LocalVariable] = []
        for (name, type) in parameters {
            let local = inner.newLocal(name)
            parameterLocals.append(local)
            if name != "_" { inner.scopes[0][name] = ScopedName(binding: StaticBinding(type: type, mutable: mutable.contains(name)), local: local) }
        }
        code.body = body()
        context = saved
        code.slotCount = inner.slotCount
        code.captures = inner.captures
        code.capturedParameters = parameterLocals.filter(\.isCaptured)
        inferredReturn = inner.returnedTypes
    }

    func checkReturn(_ value: Expr?, range: SourceRange) -> CheckedStmt {
        guard context.code != nil else {
            error(.returnOutsideFunction, range)
            _ = value.map { expression($0, expected: nil) }
            return CheckedStmt(kind: .returnValue(nil), range: range)
        }
        guard let value else {
            if let expected = context.returnType, expected != .void { error(.returnNeedsValue(expected), range) }
            return CheckedStmt(kind: .returnValue(nil), range: range)
        }
        if let expected = context.returnType {
            if expected == .void {
                let checked = expression(value, expected: nil)
                if checked.type != .void { error(.returnInVoidFunction, value.range) }
                return CheckedStmt(kind: .returnValue(nil), range: range)
            }
            let checked = convert(expression(value, expected: expected), to: expected, what: "the result")
            return CheckedStmt(kind: .returnValue(checked), range: range)
        }
        let checked = expression(value, expected: nil)
        context.returnedTypes.append(checked.type)
        return CheckedStmt(kind: .returnValue(checked), range: range)
    }
}
