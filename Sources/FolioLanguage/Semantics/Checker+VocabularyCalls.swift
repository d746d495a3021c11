import FolioCore

/// Vocabulary calls: choosing among a declaration's overloads by labels and types, defaults,
/// builder blocks, and leading-dot enum cases.
extension Checker {
    func resolveHost(_ candidates: [Declaration], callName: String, arguments: [Argument], trailing: Expr?, receiver: CheckedExpr?,
                     receiverExpr: Expr?, _ expr: Expr, nameRange: SourceRange, expected: FolioType?) -> CheckedExpr {
        let receiverType = receiver?.type ?? .any
        let initialBindings = receiverBindings(receiverType)
        // The trailing closure goes to the last function-typed parameter unless the declaration takes a builder block.
        func written(_ declaration: Declaration) -> [Argument] {
            guard let trailing, declaration.builder == nil,
                  let parameter = declaration.parameters.last(where: { if case .function = $0.type.unwrappedOptional { return true }; return false })
                    ?? declaration.parameters.last.flatMap({ isTypeVariable($0.type) && receiverBindings(receiverType)[typeVariableName($0.type)]?.isFunction == true ? $0 : nil })
            else { return arguments }
            return arguments + [Argument(label: parameter.label, labelRange: trailing.range, value: trailing)]
        }
        let writtenArguments = candidates.map(written)
        let matches = candidates.indices.map {
            ArgumentMatcher.match(writtenArguments[$0], to: candidates[$0], callName: callName, callRange: nameRange)
        }
        let literalType: FolioType? = initialBindings["Element"] == .double || initialBindings["Value"] == .double ? .double : nil
        let prechecked: [CheckedExpr?] = arguments.map { argument in
            if isDeferred(argument.value) { return nil }
            if case .int = argument.value.kind { return expression(argument.value, expected: literalType) }
            return expression(argument.value, expected: nil)
        }
        let argumentTypes: [FolioType?] = prechecked.map { $0?.type }
        func fits(_ i: Int) -> Bool {
            let declaration = candidates[i]
            guard matches[i].issues.isEmpty else { return false }
            if trailing != nil, declaration.builder == nil, writtenArguments[i].count == arguments.count { return false }
            var bindings = initialBindings
            for (k, p) in matches[i].parameterIndex.enumerated() {
                let parameterType = declaration.parameters[p].type
                let argument = writtenArguments[i][k]
                if k < argumentTypes.count, let t = argumentTypes[k] {
                    if declaration.parameters[p].variadic { continue }
                    if !unify(parameterType, t, &bindings) { return false }
                } else if case .implicitMember(let n) = argument.value.kind, parameterType != .any {
                    if !(vocabulary.enumDeclaration(for: parameterType)?.cases.contains { $0.name == n } ?? false) { return false }
                } else if case .closure(let c) = argument.value.kind {
                    guard case .function(let ps, _) = parameterType.unwrappedOptional else { return false }
                    if let explicit = c.parameters, explicit.count != ps.count { return false }
                    if c.parameters == nil && c.anonymousArgumentCount > ps.count { return false }
                } else if case .operatorFunction = argument.value.kind {
                    guard case .function(let ps, _) = parameterType, ps.count == 2 else { return false }
                }
            }
            return true
        }
        let fitting = candidates.indices.filter(fits)
        let chosen = fitting.first
            ?? candidates.indices.first(where: { matches[$0].issues.isEmpty })
            ?? candidates.indices.min(by: { matches[$0].issues.count < matches[$1].issues.count })
            ?? 0
        let declaration = candidates[chosen]
        let ambiguousReturn = fitting.count > 1 && Set(fitting.map { candidates[$0].returns.description }).count > 1
        let match = matches[chosen]
        for issue in match.issues { error(Message(issue.message, fix: issue.fix), issue.range) }
        var bindings = initialBindings
        var hostArguments: [HostArgument] = []
        let all = writtenArguments[chosen]
        // Plain arguments first (they bind the type variables closures then see), in written order.
        let order = all.indices.sorted { a, b in
            let da = a >= argumentTypes.count || argumentTypes[a] == nil, db = b >= argumentTypes.count || argumentTypes[b] == nil
            return da == db ? a < b : !da
        }
        var byPosition: [Int: HostArgument] = [:]
        for k in order {
            let argument = all[k]
            let p = match.parameterIndex[k]
            guard p >= 0 else {
                if k >= prechecked.count || prechecked[k] == nil { _ = expression(argument.value, expected: .any) }
                continue
            }
            let parameter = declaration.parameters[p]
            let expectedType = partiallySubstitute(parameter.type, bindings: bindings)
            var value = (k < prechecked.count ? prechecked[k] : nil) ?? expression(argument.value, expected: expectedType)
            if case .array = parameter.type.unwrappedOptional, case .range(.int, _) = value.type {
                value = Checker.sequenceAsArray(value, element: .int)
            }
            if !parameter.variadic {
                if !unify(parameter.type, value.type, &bindings) || !vocabulary.accepts(substitute(parameter.type, bindings: bindings), value.type) {
                    let which = argument.label.map { "'\($0):'" } ?? "'\(parameter.name)'"
                    let shown = substitute(parameter.type, bindings: bindings)
                    error(.argumentType(which, of: callName, expected: shown, got: value.type), argument.value.range)
                } else {
                    value = adapt(value, to: substitute(parameter.type, bindings: bindings))
                }
            }
            // A vocabulary parameter of optional type gets nil as "not given" and a value unwrapped;
            // an `Any` parameter (print) gets the optional itself, so it prints Optional(3).
            byPosition[k] = HostArgument(parameterName: parameter.name, value: value, variadic: parameter.variadic,
                                         unwrap: parameter.type.isOptional && (value.type.isOptional || value.type == .void))
        }
        for k in all.indices { if let a = byPosition[k] { hostArguments.append(a) } }
        var builderItems: [CheckedExpr] = []
        if let trailing {
            if let itemType = declaration.builder {
                builderItems = builder(trailing, itemType: itemType, callName: callName)
            } else if writtenArguments[chosen].count == arguments.count {
                error(.noBlock(callName), nameRange)
                _ = builder(trailing, itemType: nil, callName: callName)
            }
        }
        var mutatedTarget: LValue?
        if declaration.isMutating, let receiverExpr {
            if case .name(let name) = receiverExpr.kind, let (binding, _) = lookup(name), !binding.mutable {
                error(.mutatingOnLet(callName, name), receiverExpr.range)
            } else if case .name = receiverExpr.kind {
                mutatedTarget = lvalue(receiverExpr)?.0
            } else if case .subscriptAccess = receiverExpr.kind {
                mutatedTarget = lvalue(receiverExpr)?.0
            } else if case .forceUnwrap = receiverExpr.kind {
                mutatedTarget = lvalue(receiverExpr)?.0
            } else {
                error(.mutatingNeedsVariable(callName), nameRange)
            }
        }
        let call = HostCall(declaration: declaration, receiver: receiver, arguments: hostArguments,
                            defaults: defaults(declaration.parameters), builderItems: builderItems, mutatedTarget: mutatedTarget,
                            nameRange: nameRange)
        let returns = declaration.isMutating && declaration.changeInPlace == nil ? FolioType.void : substitute(declaration.returns, bindings: bindings)
        return make(.host(call), expr, ambiguousReturn ? .any : returns)
    }

    /// The lines of a `Sequential { ... }` block: one expression of the builder's item type each.
    private func builder(_ block: Expr, itemType: FolioType?, callName: String) -> [CheckedExpr] {
        guard case .closure(let closure) = block.kind else { return [] }
        if closure.parameters != nil { error(.builderWithParameters(callName), block.range) }
        var items: [CheckedExpr] = []
        for statement in closure.body {
            guard case .expression(let item) = statement.kind else {
                error(.builderStatement(statementKeyword(statement)), statement.range)
                continue
            }
            let checked = expression(item, expected: itemType)
            if let itemType, !vocabulary.accepts(itemType, checked.type) {
                error(.builderItemType(callName, itemType, checked.type, examples: vocabularyExamples(of: itemType)), item.range)
            }
            items.append(checked)
        }
        return items
    }

    private func statementKeyword(_ statement: Stmt) -> String {
        switch statement.kind {
        case .binding(_, let mutable, _, _): return mutable ? "var" : "let"
        case .forIn: return "for"
        case .ifElse: return "if"
        case .whileLoop: return "while"
        case .function: return "func"
        case .switchOver: return "switch"
        case .returnValue: return "return"
        default: return "a statement"
        }
    }

    private func vocabularyExamples(of type: FolioType) -> String? {
        guard case .named(let n) = type else { return nil }
        let makers = vocabulary.declarations.filter { $0.kind == .function && $0.returns == type }.map { $0.name + "(...)" }
        return makers.isEmpty ? nil : "e.g. " + makers.prefix(4).joined(separator: ", ") + " (\(n) values)"
    }

    /// The declared defaults of parameters, as values (filled in for arguments not written).
    func defaults(_ parameters: [Parameter]) -> [String: Value] {
        var named: [String: Value] = [:]
        for parameter in parameters {
            switch parameter.defaultValue {
            case .int(let v)?: named[parameter.name] = .int(v).coerced(to: parameter.type)
            case .double(let v)?: named[parameter.name] = .double(v)
            case .string(let v)?: named[parameter.name] = .string(v)
            case .bool(let v)?: named[parameter.name] = .bool(v)
            case .enumCase(let caseName)?:
                if let declaration = vocabulary.enumDeclaration(for: parameter.type) {
                    let arguments = defaults(declaration.cases.first { $0.name == caseName }?.parameters ?? [])
                    named[parameter.name] = .enumCase(EnumValue(typeName: declaration.name, caseName: caseName, arguments: arguments))
                }
            case .none?, nil: break
            }
        }
        return named
    }

    // MARK: cases

    /// `.relu` or `.adam(lr: 0.001)` (with `arguments`) against the expected enum type.
    func enumCase(_ name: String, arguments: [Argument]?, _ expr: Expr, range: SourceRange, expected: FolioType?) -> CheckedExpr {
        guard let expected, expected != .any else {
            if let arguments { for a in arguments { _ = expression(a.value, expected: nil) } }
            if expected == nil { error(.caseWithoutType(name), range) }
            return invalid(expr)
        }
        guard let declaration = vocabulary.enumDeclaration(for: expected) else {
            error(.caseForWrongType(name, expected), range)
            if let arguments { for a in arguments { _ = expression(a.value, expected: nil) } }
            return invalid(expr)
        }
        guard let enumCase = declaration.cases.first(where: { $0.name == name }) else {
            error(.notACase(name, of: declaration.name, cases: declaration.cases.map(\.name)), range)
            if let arguments { for a in arguments { _ = expression(a.value, expected: nil) } }
            return make(.invalid, expr, .named(declaration.name))
        }
        let signature = "." + enumCase.name + "(" + enumCase.parameters.map { ($0.label ?? "_") + ":" }.joined() + ")"
        var values: [(String, CheckedExpr)] = []
        if let arguments {
            let match = ArgumentMatcher.match(arguments, to: enumCase.parameters, callName: "." + name, signature: signature, callRange: range)
            for issue in match.issues { error(Message(issue.message, fix: issue.fix), issue.range) }
            for (argument, p) in zip(arguments, match.parameterIndex) {
                let parameter = p >= 0 ? enumCase.parameters[p] : nil
                let value = expression(argument.value, expected: parameter?.type)
                if let parameter {
                    if !vocabulary.accepts(parameter.type, value.type) {
                        let which = argument.label.map { "'\($0):'" } ?? "'\(parameter.name)'"
                        error(.argumentType(which, of: "." + name, expected: parameter.type, got: value.type), argument.value.range)
                    }
                    values.append((parameter.name, adapt(value, to: parameter.type)))
                }
            }
        } else if enumCase.parameters.contains(where: \.isRequired) {
            error(.caseNeedsArguments(name, signature: signature), range)
        }
        let caseDefaults = defaults(enumCase.parameters)
        if values.isEmpty {
            return make(.constant(.enumCase(EnumValue(typeName: declaration.name, caseName: name, arguments: caseDefaults))), expr, .named(declaration.name))
        }
        return make(.enumCase(typeName: declaration.name, caseName: name, arguments: values, defaults: caseDefaults), expr, .named(declaration.name))
    }
}
