import FolioCore

/// Expressions: literals, names, members, optionals and subscripts (operators, closures and
/// conversions have their own files).
extension Checker {
    func typed(_ expr: Expr, expected: FolioType?) -> (CheckedExpr, FolioType) {
        let checked = expression(expr, expected: expected)
        return (checked, checked.type)
    }

    /// The checked form of `expr`; after a problem its type is `.any`, so errors do not cascade.
    func expression(_ expr: Expr, expected: FolioType?) -> CheckedExpr {
        let checked = resolve(expr, expected: expected)
        types[expr.id] = checked.type
        return checked
    }

    func make(_ kind: CheckedExprKind, _ expr: Expr, _ type: FolioType) -> CheckedExpr {
        CheckedExpr(kind: kind, range: expr.range, type: type)
    }

    func invalid(_ expr: Expr) -> CheckedExpr { make(.invalid, expr, .any) }

    private func resolve(_ expr: Expr, expected: FolioType?) -> CheckedExpr {
        switch expr.kind {
        case .int(let v):
            if expected?.unwrappedOptional == .double { return make(.constant(.double(Double(v))), expr, .double) }
            return make(.constant(.int(v)), expr, .int)
        case .double(let v): return make(.constant(.double(v)), expr, .double)
        case .bool(let v): return make(.constant(.bool(v)), expr, .bool)
        case .nilLiteral:
            if let expected, case .optional = expected { return make(.constant(.optional(nil)), expr, expected) }
            return make(.constant(.optional(nil)), expr, .void)
        case .invalid: return invalid(expr)
        case .string(let pieces):
            var checked: [CheckedPiece] = []
            for piece in pieces {
                switch piece {
                case .text(let t): checked.append(.text(t))
                case .expr(let e):
                    let value = expression(e, expected: nil)
                    if value.type == .void { error(.emptyInterpolationValue, e.range) }
                    checked.append(.value(value))
                }
            }
            if checked.count == 1, case .text(let t) = checked[0] { return make(.constant(.string(t)), expr, .string) }
            return make(.interpolation(checked), expr, .string)
        case .array(let elements):
            return arrayLiteral(elements, expr, expected: expected)
        case .dictionary(let entries):
            return dictionaryLiteral(entries, expr, expected: expected)
        case .tuple(let elements):
            var expectedTypes: [FolioType]?
            if case .tuple(let ts)? = expected, ts.count == elements.count { expectedTypes = ts }
            // An unlabelled element takes the label the expected type gives it, as Swift converts
            // `(a / b, a % b)` to a declared `(quotient: Int, remainder: Int)`.
            let checked = elements.enumerated().map { offset, element -> CheckedExpr in
                let wanted = expectedTypes?[offset]
                let value = expression(element, expected: wanted)
                if case .labelled = element.kind { return value }
                guard case .labelled(let label, _)? = wanted else { return value }
                return CheckedExpr(kind: .labelled(label, value), range: value.range, type: .labelled(label, value.type))
            }
            return make(.tuple(checked), expr, .tuple(checked.map(\.type)))
        case .labelled(let label, let element):
            let value = expression(element, expected: expected?.unlabelled)
            return make(.labelled(label, value), expr, .labelled(label, value.type))
        case .name(let name):
            return nameExpression(name, expr, expected: expected)
        case .member(let base, let name, let nameRange):
            return memberExpression(base: base, name: name, nameRange: nameRange, expr, expected: expected)
        case .implicitMember(let name):
            return enumCase(name, arguments: nil, expr, range: expr.range, expected: expected)
        case .call(let callee, let arguments, let trailing):
            return callExpression(callee: callee, arguments: arguments, trailing: trailing, expr, expected: expected)
        case .subscriptAccess(let base, let arguments):
            return subscriptExpression(base: base, arguments: arguments, expr)
        case .unary(let op, let operand):
            let checked = expression(operand, expected: op == .not ? .bool : expected)
            let t = checked.type
            if t == .any { return make(op == .not ? .not(checked) : op == .negate ? .negate(checked) : op == .bitNot ? .bitNot(checked) : checked.kind, expr, .any) }
            if op == .not {
                if t != .bool { error(.notNeedsBool(t), expr.range) }
                return make(.not(checked), expr, .bool)
            }
            if op == .bitNot {
                if t != .int { error(.unaryNeedsNumber(op.rawValue, t), expr.range) }
                return make(.bitNot(checked), expr, .int)
            }
            if !t.isNumeric {
                error(.unaryNeedsNumber(op.rawValue, t), expr.range)
                return invalid(expr)
            }
            return op == .negate ? make(.negate(checked), expr, t) : checked
        case .binary(let op, let lhs, let rhs, let opRange):
            return binaryExpression(op, lhs, rhs, opRange: opRange, expr, expected: expected)
        case .conditional(let condition, let then, let otherwise):
            let c = self.condition(condition)
            var a = expression(then, expected: expected), b = expression(otherwise, expected: expected)
            let unified = Checker.unify([a.type, b.type])
            if unified == .any && a.type != .any && b.type != .any {
                error(.conditionalTypes(a.type, b.type), otherwise.range)
            }
            a = adapt(a, to: unified)
            b = adapt(b, to: unified)
            return make(.conditional(c, a, b), expr, unified)
        case .closure(let closure):
            return closureExpression(closure, expr, expected: expected)
        case .operatorFunction(let op):
            return operatorFunction(op, expr, expected: expected)
        case .forceUnwrap(let operand):
            let checked = expression(operand, expected: expected.map { .optional($0) })
            switch checked.type {
            case .optional(let t): return make(.forceUnwrap(checked), expr, t)
            case .any: return make(.forceUnwrap(checked), expr, .any)
            default:
                // `xs.first!`, `xs.max()!`: these are not optionals in Folio (see Differences from Swift).
                return checked
            }
        case .bindOptional(let operand):
            let checked = expression(operand, expected: nil)
            switch checked.type {
            case .optional(let t): return make(.bindOptional(checked), expr, t)
            case .any: return make(.bindOptional(checked), expr, .any)
            default:
                // `xs.first?.count`: `first` is not an optional in Folio (see Differences from Swift).
                return checked
            }
        case .optionalChain(let inner):
            let checked = expression(inner, expected: nil)
            if case .optional = checked.type { return make(.optionalChain(checked, wrap: false), expr, checked.type) }
            if checked.type == .void { return make(.optionalChain(checked, wrap: false), expr, .void) }
            return make(.optionalChain(checked, wrap: true), expr, .optional(checked.type))
        case .partialRange:
            error(.partialRangeOutsideSubscript, expr.range)
            return invalid(expr)
        case .discard:
            error(.discardOutsideAssignment, expr.range)
            return invalid(expr)
        case .inoutArgument(let operand):
            error(.ampersandOutsideInoutArgument, expr.range)
            _ = expression(operand, expected: nil)
            return invalid(expr)
        case .cast(let operand, let annotation):
            let target = annotation.type
            let value = expression(operand, expected: target == .any ? nil : target)
            if target == .any { return CheckedExpr(kind: value.kind, range: expr.range, type: .any) }
            return convert(value, to: target, what: "as \(target)")
        }
    }

    // MARK: literals

    private func arrayLiteral(_ elements: [Expr], _ expr: Expr, expected: FolioType?) -> CheckedExpr {
        var expectedElement: FolioType?
        if case .array(let e)? = expected?.unwrappedOptional { expectedElement = e }
        if elements.isEmpty { return make(.array([]), expr, .array(expectedElement ?? .any)) }
        var checked = elements.map { expression($0, expected: expectedElement) }
        let element = expectedElement.flatMap { e in checked.allSatisfy { vocabulary.accepts(e, $0.type) } ? e : nil }
            ?? Checker.unify(checked.map(\.type))
        checked = checked.map { adapt($0, to: element) }
        return make(.array(checked), expr, .array(element))
    }

    private func dictionaryLiteral(_ entries: [(key: Expr, value: Expr)], _ expr: Expr, expected: FolioType?) -> CheckedExpr {
        var expectedKey: FolioType?, expectedValue: FolioType?
        if case .dictionary(let k, let v)? = expected?.unwrappedOptional { expectedKey = k; expectedValue = v }
        if entries.isEmpty {
            if expectedKey == nil { error(.emptyDictionaryNeedsType, expr.range) }
            return make(.dictionary([]), expr, .dictionary(expectedKey ?? .any, expectedValue ?? .any))
        }
        let keys = entries.map { expression($0.key, expected: expectedKey) }
        let values = entries.map { expression($0.value, expected: expectedValue) }
        let keyType = expectedKey ?? Checker.unify(keys.map(\.type))
        let valueType = expectedValue.flatMap { e in values.allSatisfy { vocabulary.accepts(e, $0.type) } ? e : nil } ?? Checker.unify(values.map(\.type))
        for key in keys where !(key.type == .any || key.type == .int || key.type == .string || key.type == .double || key.type == .bool) {
            error(.dictionaryKeyType(key.type), key.range)
        }
        return make(.dictionary(zip(keys, values).map { (adapt($0, to: keyType), adapt($1, to: valueType)) }), expr, .dictionary(keyType, valueType))
    }

    // MARK: names and members

    private func nameExpression(_ name: String, _ expr: Expr, expected: FolioType?) -> CheckedExpr {
        if let (binding, storage) = lookup(name) {
            if userSignature(storage, name: name)?.hasInout == true { error(.inoutFunctionAsValue(name), expr.range) }
            return make(.variable(storage, name: name), expr, binding.type)
        }
        if !index.functions(named: name).isEmpty {
            error(.functionNeedsCall(name), expr.range)
        } else if index.isTypeName(name) || FolioType.builtinName(name) != nil {
            error(.typeIsNotValue(name, members: vocabulary.staticFunctionNames(of: name)), expr.range)
        } else {
            unknownName(name, expr.range)
        }
        return invalid(expr)
    }

    /// `Type.member` when `base` names a type rather than a value.
    func typeName(_ base: Expr) -> String? {
        guard case .name(let name) = base.kind, lookup(name) == nil else { return nil }
        if index.isTypeName(name) { return name }
        return nil
    }

    private func memberExpression(base: Expr, name: String, nameRange: SourceRange, _ expr: Expr, expected: FolioType? = nil) -> CheckedExpr {
        if case .name(let enumName) = base.kind, lookup(enumName) == nil, let declaration = vocabulary.enums[enumName] {
            // `CharacterSet.whitespaces`: a case written with its type.
            return enumCase(name, arguments: nil, expr, range: nameRange, expected: .named(declaration.name))
        }
        if name == "init", case .name(let typeName) = base.kind, lookup(typeName) == nil {
            return initializerReference(typeName, expr, expected: expected)
        }
        if let typeName = typeName(base) {
            if let property = index.staticProperties(named: name, of: typeName).first {
                return make(.host(HostCall(declaration: property, receiver: nil, arguments: [], defaults: [:], builderItems: [], mutatedTarget: nil)),
                            expr, property.returns)
            }
            if !index.staticFunctions(named: name, of: typeName).isEmpty {
                error(.staticFunctionNeedsCall(typeName, name), nameRange)
            } else {
                error(.noStaticMember(typeName, name, didYouMean: Suggestions.didYouMean(name, in: vocabulary.staticFunctionNames(of: typeName))), nameRange)
            }
            return invalid(expr)
        }
        let receiver = expression(base, expected: nil)
        let baseType = receiver.type
        if baseType == .any { return make(.invalid, expr, .any) }
        // The labels Swift gives the pairs of dictionaries and `enumerated()`.
        if case .tuple(let types) = baseType, let position = types.firstIndex(where: { if case .labelled(name, _) = $0 { return true } else { return false } }) {
            return make(.tupleElement(receiver, position), expr, types[position].unlabelled)
        }
        if case .tuple(let types) = baseType, types.count == 2, let position = ["key": 0, "value": 1, "offset": 0, "element": 1][name] {
            return make(.tupleElement(receiver, position), expr, types[position].unlabelled)
        }
        if case .tuple(let types) = baseType, let position = Int(name) {
            if position >= 0 && position < types.count { return make(.tupleElement(receiver, position), expr, types[position].unlabelled) }
            error(.noTupleElement(count: types.count, position), nameRange)
            return invalid(expr)
        }
        if case .optional(let wrapped) = baseType {
            error(.optionalMember(baseType, name, wrapped: wrapped), nameRange)
            return invalid(expr)
        }
        guard let owner = Vocabulary.ownerName(of: baseType) else {
            error(.noMember(baseType, name, didYouMean: nil), nameRange)
            return invalid(expr)
        }
        if rangeLacksMember(baseType, name) {
            error(.noMember(baseType, name, didYouMean: nil), nameRange)
            return invalid(expr)
        }
        if case .range = baseType, index.members(named: name, of: owner, kind: .property).isEmpty, let elements = sequenceElement(baseType),
           let property = index.members(named: name, of: "Array", kind: .property).first {
            // A range of Ints has the properties of the array of its elements (`(0..<3).first`).
            let array = Checker.sequenceAsArray(receiver, element: elements)
            return make(.host(HostCall(declaration: property, receiver: array, arguments: [], defaults: [:], builderItems: [], mutatedTarget: nil,
                                       nameRange: nameRange)), expr, substitute(property.returns, bindings: receiverBindings(array.type)))
        }
        if let property = index.members(named: name, of: owner, kind: .property).first {
            let type = substitute(property.returns, bindings: receiverBindings(baseType))
            return make(.host(HostCall(declaration: property, receiver: receiver, arguments: [], defaults: [:], builderItems: [], mutatedTarget: nil,
                                       nameRange: nameRange)), expr, type)
        }
        if !index.members(named: name, of: owner, kind: .method).isEmpty {
            error(.methodNeedsCall(name), nameRange)
            return invalid(expr)
        }
        error(.noMember(baseType, name, didYouMean: Suggestions.didYouMean(name, in: vocabulary.memberNames(of: owner))), nameRange)
        return invalid(expr)
    }

    /// `String.init` as a function value (`xs.map(String.init)`): the one-argument initializer that
    /// takes the expected argument type.
    private func initializerReference(_ typeName: String, _ expr: Expr, expected: FolioType?) -> CheckedExpr {
        var argumentType: FolioType = .any
        if case .function(let ps, _)? = expected, ps.count == 1, !containsTypeVariable(ps[0]) { argumentType = ps[0] }
        let candidates = index.functions(named: typeName).filter { d in
            d.parameters.count == 1 && d.parameters[0].label == nil && !d.parameters[0].variadic
        }
        guard let declaration = candidates.first(where: { vocabulary.accepts($0.parameters[0].type, argumentType) && argumentType != .any })
                ?? candidates.first(where: { $0.parameters[0].type == .any }) ?? candidates.first else {
            error(.noStaticMember(typeName, "init", didYouMean: nil), expr.range)
            return invalid(expr)
        }
        let parameter = declaration.parameters[0]
        let implementation = declaration.implementation
        let context = self.context
        _ = context
        let type = FolioType.function([argumentType == .any ? parameter.type : argumentType], declaration.returns)
        let function = FunctionValue(name: typeName + ".init", type: type) { arguments in
            guard let argument = arguments.first else { throw RuntimeError("\(typeName).init needs a value") }
            return try implementation(Call(receiver: nil, arguments: [parameter.name: argument.coerced(to: parameter.type)], context: RunContext.detached, location: nil))
        }
        return make(.constant(.function(function)), expr, type)
    }

    // MARK: subscripts

    private func subscriptExpression(base: Expr, arguments: [Argument], _ expr: Expr) -> CheckedExpr {
        let container = expression(base, expected: nil)
        let baseType = container.type
        if case .named = baseType, let owner = Vocabulary.ownerName(of: baseType),
           let declaration = index.members(named: "subscript", of: owner, kind: .subscript).first {
            let parameterType = declaration.parameters.first?.type ?? .int
            guard let argument = arguments.first, arguments.count == 1 else {
                error(.hostSubscriptArguments(baseType), expr.range)
                return invalid(expr)
            }
            let index = expression(argument.value, expected: parameterType)
            if !vocabulary.accepts(parameterType, index.type) {
                error(.hostIndexType(baseType, parameterType, index.type), argument.value.range)
            }
            let name = declaration.parameters.first?.name ?? "index"
            let call = HostCall(declaration: declaration, receiver: container,
                                arguments: [HostArgument(parameterName: name, value: adapt(index, to: parameterType), variadic: false, unwrap: false)],
                                defaults: [:], builderItems: [], mutatedTarget: nil, nameRange: argument.value.range)
            return make(.host(call), expr, declaration.returns)
        }
        switch baseType {
        case .array, .string:
            let element: FolioType = { if case .array(let e) = baseType { return e }; return .string }()
            guard arguments.count == 1, arguments[0].label == nil else {
                error(.arraySubscriptArguments, expr.range)
                return invalid(expr)
            }
            let argument = arguments[0].value
            if case .partialRange(let lower, let upper, let closed) = argument.kind {
                let l = lower.map { expression($0, expected: .int) }, u = upper.map { expression($0, expected: .int) }
                return make(.arraySlice(container, lower: l, upper: u, closed: closed), expr, baseType)
            }
            if case .binary(let op, let lhs, let rhs, _) = argument.kind, op == .halfOpenRange || op == .closedRange {
                let l = expression(lhs, expected: .int), u = expression(rhs, expected: .int)
                return make(.arraySlice(container, lower: l, upper: u, closed: op == .closedRange), expr, baseType)
            }
            if baseType == .string {
                error(.stringSubscript, expr.range)
                return invalid(expr)
            }
            let index = expression(argument, expected: .int)
            if case .range(.int, _) = index.type, let (l, u, closed) = bounds(of: index) {
                return make(.arraySlice(container, lower: l, upper: u, closed: closed), expr, baseType)
            }
            if !FolioType.int.accepts(index.type) { error(.indexNotInt(index.type), argument.range) }
            return make(.arrayIndex(container, index), expr, element)
        case .dictionary(let key, let value):
            let keyExpr = arguments.first.map { convert(expression($0.value, expected: key), to: key, what: "key") }
            if arguments.count == 2, arguments[1].label == "default" {
                let fallback = convert(expression(arguments[1].value, expected: value), to: value, what: "default")
                return make(.dictionaryLookup(container, key: keyExpr ?? invalid(expr), default: fallback), expr, value)
            }
            guard arguments.count == 1, arguments[0].label == nil, let keyExpr else {
                error(.dictionarySubscriptArguments, expr.range)
                return invalid(expr)
            }
            return make(.dictionaryLookup(container, key: keyExpr, default: nil), expr, .optional(value))
        case .any:
            for a in arguments { _ = expression(a.value, expected: nil) }
            return make(.invalid, expr, .any)
        default:
            for a in arguments { _ = expression(a.value, expected: nil) }
            if case .optional = baseType { error(.optionalSubscript(baseType), expr.range) }
            else { error(.cannotIndex(baseType), expr.range) }
            return invalid(expr)
        }
    }
}
