import FolioCore

/// Statements: bindings, assignments, loops, conditions and switch (functions and returns: Checker+Functions).
extension Checker {
    func checkBlock(_ statements: [Stmt]) -> [CheckedStmt] {
        withScope { statements.compactMap { check($0, topLevel: false, isLast: false) } }
    }

    func check(_ statement: Stmt, topLevel: Bool, isLast: Bool) -> CheckedStmt? {
        let range = statement.range
        switch statement.kind {
        case .binding(let pattern, let mutable, let annotation, let value):
            var (checked, type) = typed(value, expected: annotation?.type)
            if let annotation {
                checked = convert(checked, to: annotation.type, what: pattern.names.joined(separator: ", "))
                type = annotation.type
            }
            if type == .void, case .call = value.kind {
                error(.holdsNothing(pattern.names.joined(separator: ", "), keyword: mutable ? "var" : "let"), value.nameRange)
            }
            if case .nilLiteral = value.kind, annotation == nil { error(.nilNeedsType(pattern.names.first ?? "x"), value.range) }
            let bound = bindPattern(pattern, type: type, mutable: mutable)
            return CheckedStmt(kind: .bind(bound, checked, mutable: mutable), range: range)
        case .assignment(let target, let op, let value, let opRange):
            if case .discard = target.kind, op == .assign {
                return CheckedStmt(kind: .expression(expression(value, expected: nil), show: false), range: range)
            }
            return checkAssignment(target: target, op: op, value: value, opRange: opRange, range: range)
        case .expression(let expr):
            let checked = expression(expr, expected: nil)
            var isCall = false
            if case .call = expr.kind { isCall = true }
            if case .optionalChain(let inner) = expr.kind, case .call = inner.kind { isCall = true }
            return CheckedStmt(kind: .expression(checked, show: topLevel && (isCall || isLast)), range: range)
        case .forIn(let pattern, let sequence, let whereClause, let body):
            return checkFor(pattern, sequence, whereClause, body, range: range)
        case .ifElse(let conditions, let then, let otherwise):
            return withScope {
                let checkedConditions = self.conditions(conditions)
                let thenBody = checkBlock(then)
                context.scopes[context.scopes.count - 1] = [:]
                let elseBody = otherwise.map { checkBlock($0) }
                return CheckedStmt(kind: .ifElse(checkedConditions, thenBody, elseBody), range: range)
            }
        case .guardElse(let conditions, let otherwise):
            // The else-block must leave the scope; names bound by the conditions stay visible after it.
            let elseBody = checkBlock(otherwise)
            if !exits(otherwise) { error(.guardMustExit, range) }
            let checkedConditions = self.conditions(conditions)
            return CheckedStmt(kind: .guardElse(checkedConditions, elseBody), range: range)
        case .whileLoop(let conditions, let body):
            return withScope {
                let checkedConditions = self.conditions(conditions)
                let checkedBody = loop { checkBlock(body) }
                return CheckedStmt(kind: .whileLoop(checkedConditions, checkedBody), range: range)
            }
        case .repeatWhile(let body, let condition):
            let checkedBody = loop { checkBlock(body) }
            return CheckedStmt(kind: .repeatWhile(checkedBody, self.condition(condition)), range: range)
        case .switchOver(let subject, let cases):
            return checkSwitch(subject, cases, range: range)
        case .function(let declaration):
            return checkFunction(declaration, range: range)
        case .returnValue(let value):
            return checkReturn(value, range: range)
        case .labelled(let label, let labelRange, let inner):
            return checkLabelled(label, labelRange: labelRange, inner, topLevel: topLevel, range: range)
        case .labelledBreak(let label):
            return checkJump(to: label, isContinue: false, range: range)
        case .labelledContinue(let label):
            return checkJump(to: label, isContinue: true, range: range)
        case .fallthroughCase:
            return checkFallthrough(range: range)
        case .breakLoop, .continueLoop:
            let isBreak: Bool
            if case .breakLoop = statement.kind { isBreak = true } else { isBreak = false }
            // `break` also leaves a switch case.
            if context.loopDepth == 0 && (!isBreak || context.fallthroughTargets.isEmpty) { error(.outsideLoop(isBreak ? "break" : "continue"), range) }
            return CheckedStmt(kind: isBreak ? .breakLoop : .continueLoop, range: range)
        }
    }

    /// `xs.first`, `xs.last`, `xs.min()`, `xs.max()`: optionals in Swift, the element in Folio.
    func isKnownNonOptional(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .member(_, let name, _): return name == "first" || name == "last"
        case .call(let callee, let arguments, nil):
            if arguments.isEmpty, case .member(_, let name, _) = callee.kind { return name == "min" || name == "max" || name == "randomElement" }
            return false
        default: return false
        }
    }

    func loop<T>(_ body: () -> T) -> T {
        context.loopDepth += 1
        defer { context.loopDepth -= 1 }
        return body()
    }

    /// Whether a block always leaves by `return`, `break`, `continue` (what `guard ... else` needs).
    func exits(_ statements: [Stmt]) -> Bool {
        guard let last = statements.last else { return false }
        switch last.kind {
        case .returnValue, .breakLoop, .continueLoop: return true
        case .ifElse(_, let then, let otherwise?): return exits(then) && exits(otherwise)
        case .expression(let e):
            if case .call(let callee, _, _) = e.kind, case .name("fatalError") = callee.kind { return true }
            return false
        default: return false
        }
    }

    /// Whether every path through a function body ends in `return`.
    func alwaysReturns(_ statements: [Stmt]) -> Bool {
        for statement in statements {
            switch statement.kind {
            case .returnValue: return true
            case .ifElse(_, let then, let otherwise?): if alwaysReturns(then) && alwaysReturns(otherwise) { return true }
            case .switchOver(_, let cases):
                // A switch without `default` is exhaustive or already an error, so every case returning is enough.
                if cases.allSatisfy({ alwaysReturns($0.body) }) { return true }
            case .guardElse: continue
            case .whileLoop(let conditions, _):
                if conditions.count == 1, case .expression(let e) = conditions[0], case .bool(true) = e.kind { return true }
            default: continue
            }
        }
        return false
    }

    func condition(_ expr: Expr) -> CheckedExpr {
        let (checked, type) = typed(expr, expected: .bool)
        if !FolioType.bool.accepts(type) { error(.conditionNotBool(type), expr.range) }
        return checked
    }

    /// Checks the clauses in order in the current scope: names bound by `let` are visible to the
    /// clauses after them and to the block the caller checks next.
    func conditions(_ conditions: [Condition]) -> [CheckedCondition] {
        conditions.map { condition in
            switch condition {
            case .expression(let e): return .expression(self.condition(e))
            case .pattern(let pattern, let value):
                return caseCondition(pattern, value)
            case .optionalBinding(let name, let nameRange, let mutable, let value):
                let valueExpr = value ?? Expr(kind: .name(name), range: nameRange)
                let (checked, type) = typed(valueExpr, expected: nil)
                var unwrapped = FolioType.any
                if case .optional(let t) = type { unwrapped = t } else if type != .any {
                    // Values that are optionals in Swift but not in Folio (`xs.first`, `xs.max()`) always bind.
                    if !isKnownNonOptional(valueExpr) { error(.bindingNotOptional(name, type), valueExpr.range) }
                    unwrapped = type
                }
                let storage = declare(name, StaticBinding(type: unwrapped, mutable: mutable))
                return .unwrap(storage, checked)
            }
        }
    }

    func bindPattern(_ pattern: Pattern, type: FolioType, mutable: Bool) -> CheckedPattern {
        switch pattern {
        case .name(let name, _):
            return .variable(declare(name, StaticBinding(type: type, mutable: mutable)))
        case .wildcard:
            return .ignore
        case .tuple(let patterns, let range):
            switch type {
            case .tuple(let types) where types.count == patterns.count:
                return .tuple(zip(patterns, types).map { bindPattern($0, type: $1.unlabelled, mutable: mutable) })
            case .tuple(let types):
                error(.tupleCountMismatch(values: types.count, names: patterns.count), range)
            case .any: break
            default:
                error(.cannotUnpack(type, names: patterns.count), range)
            }
            return .tuple(patterns.map { bindPattern($0, type: .any, mutable: mutable) })
        }
    }

    private func checkFor(_ pattern: Pattern, _ sequence: Expr, _ whereClause: Expr?, _ body: [Stmt], range: SourceRange) -> CheckedStmt {
        // Ranges are walked without building an array.
        if case .binary(let op, let lhs, let rhs, _) = sequence.kind, op == .halfOpenRange || op == .closedRange {
            let lower = expression(lhs, expected: .int), upper = expression(rhs, expected: .int)
            if lower.type != .int && lower.type != .any || upper.type != .int && upper.type != .any {
                let bound = lower.type == .int ? upper.type : lower.type
                if bound == .double || bound == .string { error(.cannotLoopOverRange(.range(bound, closed: op == .closedRange)), sequence.range) }
                else { error(.rangeNeedsInts, sequence.range) }
            }
            return withScope {
                let bound = bindPattern(pattern, type: .int, mutable: false)
                let checkedWhere = whereClause.map { condition($0) }
                let checkedBody = loop { checkBlock(body) }
                return CheckedStmt(kind: .forRange(bound, lower: lower, upper: upper, closed: op == .closedRange, whereClause: checkedWhere,
                                                   body: checkedBody), range: range)
            }
        }
        var checkedSequence = expression(sequence, expected: nil)
        var element: FolioType = .any
        var kind = SequenceKind.array
        switch checkedSequence.type {
        case .array(let t): element = t
        case .range(.int, _), .range(.any, _):
            element = .int
            checkedSequence = Checker.sequenceAsArray(checkedSequence, element: .int)
        case .any: element = .any
        case .range(let bound, _): error(.cannotLoopOverRange(checkedSequence.type), sequence.range); element = bound
        case .string: element = .string; kind = .string
        case .dictionary(let k, let v): element = .keyValuePair(k, v); kind = .dictionary
        default: error(.cannotLoop(checkedSequence.type), sequence.range)
        }
        return withScope {
            let bound = bindPattern(pattern, type: element, mutable: false)
            let checkedWhere = whereClause.map { condition($0) }
            let checkedBody = loop { checkBlock(body) }
            return CheckedStmt(kind: .forEach(bound, checkedSequence, kind, whereClause: checkedWhere, body: checkedBody), range: range)
        }
    }

    private func checkAssignment(target: Expr, op: AssignmentOperator, value: Expr, opRange: SourceRange, range: SourceRange) -> CheckedStmt? {
        guard let (lvalue, targetType) = self.lvalue(target) else {
            _ = expression(value, expected: nil)
            return nil
        }
        var (checkedValue, valueType) = typed(value, expected: targetType)
        if let binary = op.binary {
            let current = expression(target, expected: nil)
            let resultType = binaryType(binary, current.type, valueType, opRange: opRange)
            checkedValue = CheckedExpr(kind: .binary(binary, current, checkedValue, opRange: opRange), range: value.range, type: resultType)
            valueType = resultType
            if !vocabulary.accepts(targetType, valueType) {
                error(.assignType(valueType, target: targetDescription(target), targetType), value.range)
            }
            return CheckedStmt(kind: .assign(lvalue, checkedValue.type == .int && targetType == .double ? toDouble(checkedValue) : checkedValue), range: range)
        }
        checkedValue = convert(checkedValue, to: targetType, assigningTo: targetDescription(target))
        return CheckedStmt(kind: .assign(lvalue, checkedValue), range: range)
    }

    /// The assignable place an expression names, with its type; reports why when it is not one.
    func lvalue(_ target: Expr) -> (LValue, FolioType)? {
        switch target.kind {
        case .name(let name):
            guard let (binding, storage) = lookup(name) else {
                unknownName(name, target.range)
                return nil
            }
            if !binding.mutable { error(.letConstant(name), target.range) }
            return (.variable(storage, name: name), binding.type)
        case .subscriptAccess(let base, let arguments):
            guard let root = rootName(base) else {
                error(.assignElementOfNonVariable, target.range)
                return nil
            }
            if let (binding, _) = lookup(root.name), !binding.mutable {
                error(.letElement(root.name), root.range)
                _ = expression(target, expected: nil)
                return nil
            }
            guard let (inner, baseType) = lvalue(base) else { return nil }
            switch baseType {
            case .array(let element):
                guard arguments.count == 1, arguments[0].label == nil else { error(.arraySubscriptArguments, target.range); return nil }
                let index = expression(arguments[0].value, expected: .int)
                if !FolioType.int.accepts(index.type) { error(.indexNotInt(index.type), arguments[0].value.range) }
                return (.arrayElement(inner, index: index, range: arguments[0].value.range), element)
            case .dictionary(let key, let value):
                guard arguments.count == 1 || (arguments.count == 2 && arguments[1].label == "default") else {
                    error(.dictionarySubscriptArguments, target.range); return nil
                }
                let checkedKey = convert(expression(arguments[0].value, expected: key), to: key, what: "key")
                // `counts[k, default: 0] += 1` reads with the default and stores a plain value.
                if arguments.count == 2 {
                    let fallback = convert(expression(arguments[1].value, expected: value), to: value, what: "default")
                    return (.dictionaryValue(inner, key: checkedKey, fallback: fallback, forced: false), value)
                }
                return (.dictionaryValue(inner, key: checkedKey, fallback: nil, forced: false), .optional(value))
            case .any:
                _ = arguments.map { expression($0.value, expected: nil) }
                return (inner, .any)
            default:
                error(.cannotIndex(baseType), target.range)
                return nil
            }
        case .tuple(let elements):
            var places: [LValue] = [], types: [FolioType] = []
            for element in elements {
                guard let (place, type) = lvalue(element) else { return nil }
                places.append(place)
                types.append(type)
            }
            return (.tuple(places), .tuple(types))
        case .forceUnwrap(let inner):
            // `table["a"]!.append(3)`: the value stored under an existing key.
            guard let (place, type) = lvalue(inner) else { return nil }
            if case .dictionaryValue(let d, let key, nil, _) = place, case .optional(let wrapped) = type {
                return (.dictionaryValue(d, key: key, fallback: nil, forced: true), wrapped)
            }
            return (place, type.unwrappedOptional)
        case .member(let base, let name, let nameRange):
            if case .tuple(let types) = expression(base, expected: nil).type, rootName(base) != nil {
                let position = types.firstIndex { if case .labelled(name, _) = $0 { return true } else { return false } } ?? Int(name)
                if let position, position >= 0, position < types.count {
                    guard let (inner, _) = lvalue(base) else { return nil }
                    return (.tupleElement(inner, position), types[position].unlabelled)
                }
            }
            error(.readOnlyMember(name), nameRange)
            return nil
        default:
            error(.cannotAssign, target.range)
            return nil
        }
    }

    private func rootName(_ expr: Expr) -> (name: String, range: SourceRange)? {
        switch expr.kind {
        case .name(let n): return (n, expr.range)
        case .subscriptAccess(let base, _), .member(let base, _, _): return rootName(base)
        default: return nil
        }
    }

    func targetDescription(_ expr: Expr) -> String {
        switch expr.kind {
        case .name(let n): return n
        case .subscriptAccess(let base, _): return targetDescription(base) + "[...]"
        default: return "target"
        }
    }
}
