import FolioCore

/// Calls: vocabulary functions and methods (overloads, labels, defaults, closures, builder
/// blocks, generic element types), user functions and closures, and leading-dot cases.
extension Checker {
    static let typeVariables: Set<String> = ["Element", "Key", "Value", "Result"]

    func typeVariableName(_ type: FolioType) -> String {
        if case .named(let n) = type { return n }
        return ""
    }

    func isTypeVariable(_ type: FolioType) -> Bool {
        if case .named(let n) = type { return Checker.typeVariables.contains(n) }
        return false
    }

    func containsTypeVariable(_ type: FolioType) -> Bool {
        switch type {
        case .named(let n): return Checker.typeVariables.contains(n)
        case .array(let t), .optional(let t), .labelled(_, let t): return containsTypeVariable(t)
        case .dictionary(let k, let v): return containsTypeVariable(k) || containsTypeVariable(v)
        case .tuple(let ts), .oneOf(let ts): return ts.contains(where: containsTypeVariable)
        case .function(let ps, let r): return ps.contains(where: containsTypeVariable) || containsTypeVariable(r)
        default: return false
        }
    }

    /// The type variables a receiver fixes: an array's `Element`, a dictionary's `Key` and `Value`.
    func receiverBindings(_ type: FolioType) -> [String: FolioType] {
        switch type {
        case .array(let e): return ["Element": e]
        case .dictionary(let k, let v): return ["Key": k, "Value": v, "Element": .keyValuePair(k, v)]
        case .string: return ["Element": .string]
        default: return [:]
        }
    }

    func substitute(_ type: FolioType, bindings: [String: FolioType]) -> FolioType {
        switch type {
        case .named(let n) where Checker.typeVariables.contains(n): return bindings[n] ?? .any
        case .array(let t): return .array(substitute(t, bindings: bindings))
        case .optional(let t): return .optional(substitute(t, bindings: bindings))
        case .dictionary(let k, let v): return .dictionary(substitute(k, bindings: bindings), substitute(v, bindings: bindings))
        case .tuple(let ts): return .tuple(ts.map { substitute($0, bindings: bindings) })
        case .labelled(let label, let t): return .labelled(label, substitute(t, bindings: bindings))
        case .oneOf(let ts): return .oneOf(ts.map { substitute($0, bindings: bindings) })
        case .function(let ps, let r): return .function(ps.map { substitute($0, bindings: bindings) }, substitute(r, bindings: bindings))
        default: return type
        }
    }

    /// Like `substitute`, but type variables not bound yet stay in place (for closures still to check).
    func partiallySubstitute(_ type: FolioType, bindings: [String: FolioType]) -> FolioType {
        switch type {
        case .named(let n) where Checker.typeVariables.contains(n): return bindings[n] ?? type
        case .array(let t): return .array(partiallySubstitute(t, bindings: bindings))
        case .optional(let t): return .optional(partiallySubstitute(t, bindings: bindings))
        case .dictionary(let k, let v): return .dictionary(partiallySubstitute(k, bindings: bindings), partiallySubstitute(v, bindings: bindings))
        case .tuple(let ts): return .tuple(ts.map { partiallySubstitute($0, bindings: bindings) })
        case .labelled(let label, let t): return .labelled(label, partiallySubstitute(t, bindings: bindings))
        case .function(let ps, let r): return .function(ps.map { partiallySubstitute($0, bindings: bindings) }, partiallySubstitute(r, bindings: bindings))
        default: return type
        }
    }

    /// Matches an argument's type against a parameter type, binding type variables.
    func unify(_ pattern: FolioType, _ actual: FolioType, _ bindings: inout [String: FolioType]) -> Bool {
        if actual == .any { return true }
        if case .labelled(_, let inner) = pattern { return unify(inner, actual.unlabelled, &bindings) }
        if case .labelled(_, let inner) = actual { return unify(pattern, inner, &bindings) }
        switch pattern {
        case .named(let n) where Checker.typeVariables.contains(n):
            if let bound = bindings[n], bound != .any {
                if vocabulary.accepts(bound, actual) { return true }
                if bound.isNumeric && actual.isNumeric { bindings[n] = .double; return true }
                return false
            }
            bindings[n] = actual
            return true
        case .array(let p):
            if case .array(let a) = actual { return unify(p, a, &bindings) }
            return false
        case .dictionary(let pk, let pv):
            if case .dictionary(let ak, let av) = actual { return unify(pk, ak, &bindings) && unify(pv, av, &bindings) }
            return false
        case .tuple(let ps):
            if case .tuple(let xs) = actual, xs.count == ps.count { return zip(ps, xs).allSatisfy { unify($0, $1, &bindings) } }
            return false
        case .optional(let p):
            if case .optional(let a) = actual { return unify(p, a, &bindings) }
            if actual == .void { return true }
            return unify(p, actual, &bindings)
        case .function(let ps, let r):
            if case .function(let xs, let ar) = actual, xs.count == ps.count {
                return zip(ps, xs).allSatisfy { unify($0, $1, &bindings) } && unify(r, ar, &bindings)
            }
            return false
        default:
            return vocabulary.accepts(substitute(pattern, bindings: bindings), actual)
        }
    }

    /// Arguments whose type depends on the parameter they go to: cases, closures, operators.
    func isDeferred(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .implicitMember, .closure, .operatorFunction: return true
        case .call(let callee, _, _):
            if case .implicitMember = callee.kind { return true }
            return false
        case .array(let elements): return elements.first.map(isDeferred) ?? true
        case .dictionary(let entries): return entries.isEmpty
        case .nilLiteral: return true
        default: return false
        }
    }

    // MARK: call sites

    func callExpression(callee: Expr, arguments: [Argument], trailing: Expr?, _ expr: Expr, expected: FolioType?) -> CheckedExpr {
        switch callee.kind {
        case .name(let name):
            if let (binding, storage) = lookup(name) {
                let function = make(.variable(storage, name: name), callee, binding.type)
                var signature: UserFunctionSignature?
                switch storage {
                case .global(let g): signature = globalFunctionSignatures[g]
                case .local(let local): signature = localFunctionSignatures[ObjectIdentifier(local)]
                case .captured: signature = nil
                }
                if signature == nil, case .captured = storage, let owner = capturedLocal(name) {
                    signature = localFunctionSignatures[ObjectIdentifier(owner)]
                }
                return callValue(function, name: name, signature: signature, arguments: arguments, trailing: trailing, expr, nameRange: callee.range)
            }
            if let builtin = FolioType.builtinName(name), arguments.isEmpty, trailing == nil {
                return make(.constant(defaultValue(of: builtin)), expr, builtin)
            }
            let candidates = index.functions(named: name)
            if candidates.isEmpty {
                if index.isTypeName(name) {
                    error(.typeNotCallable(name, members: vocabulary.staticFunctionNames(of: name)), callee.range)
                } else {
                    unknownName(name, callee.range)
                }
                return checkArgumentsOnly(arguments, trailing, expr)
            }
            return resolveHost(candidates, callName: name, arguments: arguments, trailing: trailing, receiver: nil, receiverExpr: nil,
                               expr, nameRange: callee.nameRange, expected: expected)
        case .member(let base, let name, let nameRange):
            if let typeName = typeName(base) {
                let candidates = index.staticFunctions(named: name, of: typeName)
                if candidates.isEmpty {
                    error(.noStaticFunction(typeName, name, didYouMean: Suggestions.didYouMean(name, in: vocabulary.staticFunctionNames(of: typeName))), nameRange)
                    return checkArgumentsOnly(arguments, trailing, expr)
                }
                return resolveHost(candidates, callName: typeName + "." + name, arguments: arguments, trailing: trailing, receiver: nil,
                                   receiverExpr: nil, expr, nameRange: callee.nameRange, expected: expected)
            }
            let receiver = expression(base, expected: nil)
            let baseType = receiver.type
            if baseType == .any { return checkArgumentsOnly(arguments, trailing, expr) }
            if case .optional(let wrapped) = baseType {
                error(.optionalMember(baseType, name, wrapped: wrapped), nameRange)
                return checkArgumentsOnly(arguments, trailing, expr)
            }
            // `account.deposit(10)`: a labelled tuple element holding a function is called.
            if case .tuple(let types) = baseType,
               let position = types.firstIndex(where: { if case .labelled(name, .function) = $0 { return true } else { return false } }) {
                let function = CheckedExpr(kind: .tupleElement(receiver, position), range: base.range.to(nameRange), type: types[position].unlabelled)
                return callValue(function, name: name, signature: nil, arguments: arguments, trailing: trailing, expr, nameRange: nameRange)
            }
            guard let owner = Vocabulary.ownerName(of: baseType) else {
                error(.noMethod(baseType, name, didYouMean: nil), nameRange)
                return checkArgumentsOnly(arguments, trailing, expr)
            }
            var candidates = index.members(named: name, of: owner, kind: .method)
            var receiverValue = receiver
            if candidates.isEmpty, let elements = sequenceElement(baseType) {
                // A String is a sequence of characters and a dictionary one of (key, value) pairs:
                // the array methods apply to them (`text.map { ... }`, `scores.map { ... }`).
                let asArray = index.members(named: name, of: "Array", kind: .method)
                if !asArray.isEmpty {
                    candidates = asArray
                    receiverValue = CheckedExpr(kind: .host(Checker.conversionCall(receiver, to: .array(elements))), range: receiver.range, type: .array(elements))
                }
            }
            if candidates.isEmpty {
                if !index.members(named: name, of: owner, kind: .property).isEmpty {
                    error(.propertyNotMethod(name), nameRange)
                } else {
                    error(.noMethod(baseType, name, didYouMean: Suggestions.didYouMean(name, in: vocabulary.memberNames(of: owner))), nameRange)
                }
                return checkArgumentsOnly(arguments, trailing, expr)
            }
            return resolveHost(candidates, callName: name, arguments: arguments, trailing: trailing, receiver: receiverValue, receiverExpr: base,
                               expr, nameRange: callee.nameRange, expected: expected)
        case .implicitMember(let name):
            if trailing != nil { error(.caseWithBlock, expr.range) }
            return enumCase(name, arguments: arguments, expr, range: callee.range, expected: expected)
        case .array(let elements) where arguments.isEmpty && trailing == nil && elements.count == 1:
            // `[Int]()`: an empty array of that type.
            if let type = typeFromExpression(callee) { return make(.array([]), expr, type) }
        case .array(let elements) where elements.count == 1 && typeFromExpression(callee) != nil:
            // `[Double](repeating: 0, count: 3)`: Array's initializers with the element type written.
            let type = typeFromExpression(callee) ?? .any
            let call = resolveHost(index.functions(named: "Array"), callName: "Array", arguments: arguments, trailing: trailing, receiver: nil,
                                   receiverExpr: nil, expr, nameRange: callee.range, expected: type)
            return convert(call, to: type, what: "\(type)")
        case .dictionary(let entries) where arguments.isEmpty && trailing == nil && entries.count == 1:
            if let type = typeFromExpression(callee) { return make(.dictionary([]), expr, type) }
        default:
            break
        }
        let function = expression(callee, expected: nil)
        if case .function = function.type { return callValue(function, name: "function", signature: nil, arguments: arguments, trailing: trailing, expr, nameRange: callee.range) }
        if function.type != .any { error(.notCallable, callee.range) }
        return checkArgumentsOnly(arguments, trailing, expr)
    }

    /// What iterating a String or a dictionary gives: characters, or (key, value) pairs.
    func sequenceElement(_ type: FolioType) -> FolioType? {
        switch type {
        case .string: return .string
        case .dictionary(let k, let v): return .keyValuePair(k, v)
        default: return nil
        }
    }

    private func capturedLocal(_ name: String) -> LocalVariable? {
        var current: FunctionContext? = context.parent
        while let c = current {
            for scope in c.scopes.reversed() { if let found = scope[name] { return found.local } }
            current = c.parent
        }
        return nil
    }

    private func defaultValue(of type: FolioType) -> Value {
        switch type {
        case .int: return .int(0)
        case .double: return .double(0)
        case .string: return .string("")
        case .bool: return .bool(false)
        default: return .void
        }
    }

    /// The type an expression such as `[Int]` or `[String: Double]` spells, if it spells one.
    func typeFromExpression(_ expr: Expr) -> FolioType? {
        switch expr.kind {
        case .name(let n): return FolioType.builtinName(n) ?? (index.isTypeName(n) ? .named(n) : nil)
        case .array(let es) where es.count == 1: return typeFromExpression(es[0]).map { .array($0) }
        case .dictionary(let entries) where entries.count == 1:
            guard let k = typeFromExpression(entries[0].key), let v = typeFromExpression(entries[0].value) else { return nil }
            return .dictionary(k, v)
        default: return nil
        }
    }

    func checkArgumentsOnly(_ arguments: [Argument], _ trailing: Expr?, _ expr: Expr) -> CheckedExpr {
        for a in arguments where !isDeferred(a.value) { _ = expression(a.value, expected: nil) }
        if let trailing, case .closure(let c) = trailing.kind {
            for s in c.body { if case .expression(let e) = s.kind, !isDeferred(e) { _ = expression(e, expected: nil) } }
        }
        return invalid(expr)
    }

    /// A call of a function value: a `func` (with its labels and defaults) or a closure (positional).
    private func callValue(_ function: CheckedExpr, name: String, signature: UserFunctionSignature?, arguments: [Argument], trailing: Expr?,
                           _ expr: Expr, nameRange: SourceRange) -> CheckedExpr {
        guard case .function(let parameterTypes, let result) = function.type else {
            if function.type == .any {
                return make(.callValue(callee: function, arguments: arguments.map { expression($0.value, expected: nil) }), expr, .any)
            }
            error(.valueNotCallable(name, function.type), nameRange)
            return checkArgumentsOnly(arguments, trailing, expr)
        }
        var written = arguments
        if let trailing { written.append(Argument(label: signature?.labels.last ?? nil, labelRange: trailing.range, value: trailing)) }
        let labels = signature?.labels ?? parameterTypes.map { _ in nil }
        let isVariadic = { (i: Int) in signature.map { i < $0.variadic.count && $0.variadic[i] } ?? false }
        let parameters = zip(labels, parameterTypes).enumerated().map { i, p in
            Parameter(p.0, name: signature?.names[i] ?? "_\(i)", isVariadic(i) ? p.1.elementType : p.1,
                      default: signature?.defaults[i] != nil ? .absent : nil, variadic: isVariadic(i))
        }
        let signatureText = name + "(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")"
        let match = ArgumentMatcher.match(written, to: parameters, callName: name, signature: signatureText, callRange: nameRange)
        for issue in match.issues { error(Message(issue.message, fix: issue.fix), issue.range) }
        var slots = [CheckedExpr?](repeating: nil, count: parameterTypes.count)
        var packed: [Int: [CheckedExpr]] = [:]
        for (k, argument) in written.enumerated() {
            let p = match.parameterIndex[k]
            guard p >= 0 else { _ = expression(argument.value, expected: nil); continue }
            let wanted = parameters[p].type
            let value = expression(argument.value, expected: wanted)
            if !vocabulary.accepts(wanted, value.type) {
                let which = argument.label.map { "'\($0):'" } ?? (signature == nil ? "\(p + 1)" : "'\(parameters[p].name)'")
                error(.argumentType(which, of: name, expected: wanted, got: value.type), argument.value.range)
            }
            if parameters[p].variadic { packed[p, default: []].append(adapt(value, to: wanted)) } else { slots[p] = adapt(value, to: wanted) }
        }
        // A variadic parameter gets its arguments as one array.
        for (p, parameter) in parameters.enumerated() where parameter.variadic {
            slots[p] = CheckedExpr(kind: .array(packed[p] ?? []), range: expr.range, type: parameterTypes[p])
        }
        var values: [CheckedExpr] = []
        for (i, slot) in slots.enumerated() {
            if let slot { values.append(slot) }
            else if let d = signature?.defaults[i] ?? nil { values.append(d) }
            else { values.append(CheckedExpr(kind: .invalid, range: expr.range, type: .any)) }
        }
        return make(.callValue(callee: function, arguments: values), expr, result)
    }

    // MARK: vocabulary calls

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
