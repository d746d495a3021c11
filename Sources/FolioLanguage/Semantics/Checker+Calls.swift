import FolioCore

/// Calls: vocabulary functions and methods (overloads, labels, defaults, closures, builder
/// blocks: see Checker+VocabularyCalls; generic element types: Checker+TypeVariables), user
/// functions and closures.
extension Checker {
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
                let signature = userSignature(storage, name: name)
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
            if case .optional = baseType, case let candidates = index.members(named: name, of: "Optional", kind: .method), !candidates.isEmpty {
                // `s.map { ... }`: a method of the optional itself, not of its value.
                return resolveHost(candidates, callName: name, arguments: arguments, trailing: trailing, receiver: receiver, receiverExpr: base,
                                   expr, nameRange: callee.nameRange, expected: expected)
            }
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
            if case .range = baseType, sequenceElement(baseType) != nil,
               candidates.allSatisfy({ trailing != nil || !ArgumentMatcher.match(arguments, to: $0, callName: name, callRange: nameRange).issues.isEmpty }) {
                // `(1...3).contains(where:)`: not a range's own method but one of the array of its Ints.
                candidates = []
            }
            if candidates.isEmpty, let elements = sequenceElement(baseType) {
                // A String is a sequence of characters and a dictionary one of (key, value) pairs:
                // the array methods apply to them (`text.map { ... }`, `scores.map { ... }`).
                let asArray = index.members(named: name, of: "Array", kind: .method)
                if !asArray.isEmpty {
                    candidates = asArray
                    receiverValue = Checker.sequenceAsArray(receiver, element: elements)
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
        case .range(.int, _): return .int
        default: return nil
        }
    }

    /// The labels, defaults and inout parameters of the `func` a name holds, if it holds one.
    func userSignature(_ storage: Storage, name: String) -> UserFunctionSignature? {
        switch storage {
        case .global(let g): return globalFunctionSignatures[g]
        case .local(let local): return localFunctionSignatures[ObjectIdentifier(local)]
        case .captured: return capturedLocal(name).flatMap { localFunctionSignatures[ObjectIdentifier($0)] }
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
        var writeBacks: [Int: LValue] = [:]
        for (k, argument) in written.enumerated() {
            let p = match.parameterIndex[k]
            guard p >= 0 else { _ = expression(argument.value, expected: nil); continue }
            let wanted = parameters[p].type
            if let signature, p < signature.inoutParameters.count, signature.inoutParameters[p] {
                if let (value, place) = inoutArgument(argument.value, type: wanted) {
                    slots[p] = value
                    writeBacks[p] = place
                }
                continue
            }
            if case .inoutArgument(let inner) = argument.value.kind {
                error(.ampersandForNonInout, argument.value.range)
                slots[p] = expression(inner, expected: wanted)
                continue
            }
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
        if let signature, signature.hasInout {
            // The function returns its result and then the final values of its inout parameters.
            let inoutTypes = parameterTypes.indices.filter { $0 < signature.inoutParameters.count && signature.inoutParameters[$0] }.map { parameterTypes[$0] }
            let call = make(.callValue(callee: function, arguments: values), expr, .tuple([result] + inoutTypes))
            return make(.inoutCall(call, writeBacks: writeBacks.sorted { $0.key < $1.key }.map(\.value)), expr, result)
        }
        return make(.callValue(callee: function, arguments: values), expr, result)
    }
}
