import FolioCore

/// What the checker knows about a bound name.
public struct StaticBinding: Sendable {
    public var type: FolioType
    public var mutable: Bool
    public init(type: FolioType, mutable: Bool) {
        self.type = type
        self.mutable = mutable
    }
}

/// The static checker: names, labels, argument types, members, enum cases and builder items,
/// against the vocabulary. It recovers after every error, so one pass reports them all.
final class Checker {
    private let vocabulary: Vocabulary
    private let index: VocabularyIndex
    private let source: CellSource
    /// Innermost scope last; scope 0 holds the names of earlier cells and params.
    private(set) var scopes: [[String: StaticBinding]]
    private(set) var diagnostics: [Diagnostic] = []
    private var loopDepth = 0

    init(index: VocabularyIndex, source: CellSource, globals: [String: StaticBinding]) {
        self.vocabulary = index.vocabulary
        self.index = index
        self.source = source
        self.scopes = [globals]
    }

    var globals: [String: StaticBinding] { scopes[0] }

    func check(_ statements: [Stmt]) {
        for statement in statements { check(statement) }
    }

    // MARK: helpers

    private func error(_ message: String, _ range: SourceRange, fix: String? = nil) {
        diagnostics.append(source.diagnostic(message, at: range, fix: fix))
    }

    private func lookup(_ name: String) -> StaticBinding? {
        for scope in scopes.reversed() {
            if let b = scope[name] { return b }
        }
        return nil
    }

    private func bind(_ name: String, _ binding: StaticBinding) {
        scopes[scopes.count - 1][name] = binding
    }

    private var namesInScope: [String] { scopes.flatMap(\.keys) }

    private func withScope(_ body: () -> Void) {
        scopes.append([:])
        body()
        scopes.removeLast()
    }

    private func unknownName(_ name: String, _ range: SourceRange) {
        let fix = Suggestions.didYouMean(name, in: namesInScope + index.globalNames)
        error("unknown name '\(name)'", range, fix: fix ?? "define it first, e.g. let \(name) = ...")
    }

    // MARK: statements

    private func check(_ statement: Stmt) {
        switch statement.kind {
        case .binding(let pattern, let mutable, let annotation, let value):
            var type = typeOf(value, expected: annotation?.type)
            if let annotation {
                if !vocabulary.accepts(annotation.type, type) {
                    error("cannot use a value of type \(type) for '\(pattern.names.joined(separator: ", "))' of type \(annotation.type)",
                          value.range, fix: conversionFix(expected: annotation.type, got: type))
                }
                type = annotation.type
            }
            if type == .void, case .call = value.kind {
                error("'\(pattern.names.joined(separator: ", "))' would hold nothing: this call returns no value", value.nameRange,
                      fix: "call it on its own line, without '\(mutable ? "var" : "let") ... ='")
            }
            bindPattern(pattern, type: type, mutable: mutable)
        case .assignment(let target, let op, let value, let opRange):
            checkAssignment(target: target, op: op, value: value, opRange: opRange)
        case .expression(let expr):
            _ = typeOf(expr, expected: nil)
        case .forIn(let pattern, let sequence, let body):
            let sequenceType = typeOf(sequence, expected: nil)
            var element: FolioType = .any
            switch sequenceType {
            case .array(let t): element = t
            case .any: element = .any
            case .string: element = .string
            default:
                error("cannot loop over a value of type \(sequenceType)", sequence.range, fix: "loop over an array or a range, e.g. for i in 0..<n")
            }
            loopDepth += 1
            withScope {
                bindPattern(pattern, type: element, mutable: false)
                check(body)
            }
            loopDepth -= 1
        case .ifElse(let condition, let then, let otherwise):
            checkCondition(condition)
            withScope { check(then) }
            if let otherwise { withScope { check(otherwise) } }
        case .whileLoop(let condition, let body):
            checkCondition(condition)
            loopDepth += 1
            withScope { check(body) }
            loopDepth -= 1
        case .breakLoop, .continueLoop:
            if loopDepth == 0 {
                error("'\(statement.kindName)' is only allowed inside a loop", statement.range)
            }
        }
    }

    private func checkCondition(_ condition: Expr) {
        let type = typeOf(condition, expected: .bool)
        if !FolioType.bool.accepts(type) {
            error("a condition must be a Bool, got \(type)", condition.range, fix: "compare it, e.g. x > 0")
        }
    }

    private func bindPattern(_ pattern: Pattern, type: FolioType, mutable: Bool) {
        switch pattern {
        case .name(let name, _):
            bind(name, StaticBinding(type: type, mutable: mutable))
        case .wildcard:
            break
        case .tuple(let patterns, let range):
            switch type {
            case .tuple(let types) where types.count == patterns.count:
                for (p, t) in zip(patterns, types) { bindPattern(p, type: t, mutable: mutable) }
            case .tuple(let types):
                error("cannot unpack a tuple of \(types.count) values into \(patterns.count) names", range,
                      fix: "write \(types.count) names: (" + (1...max(1, types.count)).map { "v\($0)" }.joined(separator: ", ") + ")")
                for p in patterns { bindPattern(p, type: .any, mutable: mutable) }
            case .any:
                for p in patterns { bindPattern(p, type: .any, mutable: mutable) }
            default:
                error("cannot unpack a value of type \(type) into \(patterns.count) names", range, fix: "bind it to one name instead")
                for p in patterns { bindPattern(p, type: .any, mutable: mutable) }
            }
        }
    }

    private func checkAssignment(target: Expr, op: String, value: Expr, opRange: SourceRange) {
        var targetType: FolioType = .any
        switch target.kind {
        case .name(let name):
            guard let binding = lookup(name) else {
                unknownName(name, target.range)
                _ = typeOf(value, expected: nil)
                return
            }
            if !binding.mutable {
                error("cannot assign to '\(name)': '\(name)' is a let constant", target.range, fix: "declare it with 'var \(name)' to change it")
            }
            targetType = binding.type
        case .subscriptAccess(let base, _):
            targetType = typeOf(target, expected: nil)
            var root = base
            while case .subscriptAccess(let inner, _) = root.kind { root = inner }
            if case .name(let name) = root.kind {
                if let binding = lookup(name), !binding.mutable {
                    error("cannot change an element of '\(name)': '\(name)' is a let constant", root.range, fix: "declare it with 'var \(name)' to change it")
                }
            } else {
                error("can only assign to elements of a variable", target.range)
            }
        case .member(_, let name, let nameRange):
            _ = typeOf(target, expected: nil)
            error("cannot assign to '\(name)': it is read-only", nameRange)
            _ = typeOf(value, expected: nil)
            return
        default:
            error("cannot assign to this expression", target.range, fix: "assign to a variable declared with var")
            _ = typeOf(value, expected: nil)
            return
        }
        let valueType = typeOf(value, expected: targetType)
        var resultType = valueType
        if op != "=" {
            let binaryOp = String(op.dropLast())
            resultType = binaryType(binaryOp, targetType, valueType, opRange: opRange)
        }
        if !vocabulary.accepts(targetType, resultType) {
            error("cannot assign a value of type \(resultType) to '\(targetDescription(target))' of type \(targetType)", value.range,
                  fix: conversionFix(expected: targetType, got: resultType))
        }
    }

    private func targetDescription(_ expr: Expr) -> String {
        switch expr.kind {
        case .name(let n): return n
        case .subscriptAccess(let base, _): return targetDescription(base) + "[...]"
        default: return "target"
        }
    }

    func conversionFix(expected: FolioType, got: FolioType) -> String {
        switch (expected, got) {
        case (.int, .double): return "convert it with Int(...) (rounds toward zero)"
        case (.int, .string): return "convert it with Int(...)"
        case (.double, .string): return "convert it with Double(...)"
        case (.string, .int), (.string, .double), (.string, .bool): return "convert it with String(...) or \"\\(...)\""
        default: return "pass a value of type \(expected)"
        }
    }

    // MARK: expressions

    /// The static type of `expr`; reports problems and returns `.any` after one, so errors do not cascade.
    func typeOf(_ expr: Expr, expected: FolioType?) -> FolioType {
        switch expr.kind {
        case .int: return .int
        case .double: return .double
        case .bool: return .bool
        case .nilLiteral: return .void
        case .invalid: return .any
        case .string(let pieces):
            for case .expr(let e) in pieces {
                let t = typeOf(e, expected: nil)
                if t == .void { error("this interpolation has no value", e.range) }
            }
            return .string
        case .array(let elements):
            let expectedElement = expected.flatMap { t -> FolioType? in
                if case .array(let e) = t { return e }
                return nil
            }
            if elements.isEmpty { return .array(expectedElement ?? .any) }
            let types = elements.map { typeOf($0, expected: expectedElement) }
            return .array(Checker.unify(types))
        case .tuple(let elements):
            var expectedTypes: [FolioType]?
            if case .tuple(let ts)? = expected, ts.count == elements.count { expectedTypes = ts }
            return .tuple(elements.enumerated().map { typeOf($0.element, expected: expectedTypes?[$0.offset]) })
        case .name(let name):
            if let binding = lookup(name) { return binding.type }
            if !index.functions(named: name).isEmpty {
                error("'\(name)' is a function; call it with (...)", expr.range, fix: "write \(name)(...)")
            } else if index.isTypeName(name) {
                let members = vocabulary.staticFunctionNames(of: name)
                error("'\(name)' is a type, not a value", expr.range,
                      fix: members.isEmpty ? nil : "use one of: " + members.map { "\(name).\($0)(...)" }.joined(separator: ", "))
            } else {
                unknownName(name, expr.range)
            }
            return .any
        case .member(let base, let name, let nameRange):
            return memberType(base: base, name: name, nameRange: nameRange)
        case .implicitMember(let name):
            return implicitMemberType(name: name, arguments: nil, range: expr.range, expected: expected)
        case .call(let callee, let arguments, let builder):
            return callType(callee: callee, arguments: arguments, builder: builder, expr: expr, expected: expected)
        case .subscriptAccess(let base, let index):
            let baseType = typeOf(base, expected: nil)
            if let owner = Vocabulary.ownerName(of: baseType), case .named = baseType,
               let declaration = self.index.members(named: "subscript", of: owner, kind: .subscript).first {
                let parameterType = declaration.parameters.first?.type ?? .int
                let indexType = typeOf(index, expected: parameterType)
                if !vocabulary.accepts(parameterType, indexType) {
                    error("an index of \(baseType) must be \(parameterType), got \(indexType)", index.range, fix: conversionFix(expected: parameterType, got: indexType))
                }
                return declaration.returns
            }
            let indexType = typeOf(index, expected: .int)
            if !FolioType.int.accepts(indexType) {
                error("an index must be an Int, got \(indexType)", index.range, fix: conversionFix(expected: .int, got: indexType))
            }
            switch baseType {
            case .array(let t): return t
            case .any: return .any
            default:
                error("cannot index into a value of type \(baseType)", expr.range, fix: "only arrays can be indexed with [i]")
                return .any
            }
        case .unary(let op, let operand):
            let t = typeOf(operand, expected: nil)
            if t == .any { return .any }
            if op == "!" {
                if t != .bool { error("'!' needs a Bool, got \(t)", expr.range) }
                return .bool
            }
            if !t.isNumeric {
                error("unary '\(op)' needs a number, got \(t)", expr.range)
                return .any
            }
            return t
        case .binary(let op, let lhs, let rhs, let opRange):
            let l = typeOf(lhs, expected: nil)
            let r = typeOf(rhs, expected: nil)
            return binaryType(op, l, r, opRange: opRange)
        case .conditional(let condition, let then, let otherwise):
            checkCondition(condition)
            let a = typeOf(then, expected: expected), b = typeOf(otherwise, expected: expected)
            let unified = Checker.unify([a, b])
            if unified == .any && a != .any && b != .any {
                error("the two results of '? :' have different types, \(a) and \(b)", otherwise.range, fix: "make both results the same type")
            }
            return unified
        }
    }

    static func unify(_ types: [FolioType]) -> FolioType {
        guard var result = types.first else { return .any }
        for t in types.dropFirst() where t != result {
            if result.isNumeric && t.isNumeric { result = .double }
            else if result.accepts(t) && result != .any { continue }
            else if t.accepts(result) && t != .any { result = t }
            else { return .any }
        }
        return result
    }

    func binaryType(_ op: String, _ l: FolioType, _ r: FolioType, opRange: SourceRange) -> FolioType {
        if l == .any || r == .any {
            switch op {
            case "==", "!=", "<", "<=", ">", ">=", "&&", "||": return .bool
            case "..<", "...": return .array(.int)
            default: return .any
            }
        }
        func fail(_ fix: String? = nil) -> FolioType {
            error("operator '\(op)' cannot combine \(l) and \(r)", opRange, fix: fix)
            return .any
        }
        let stringFix = (l == .string) != (r == .string) ? "convert the number with String(...), or write \"\\(...)\"" : nil
        switch op {
        case "+":
            if l == .string && r == .string { return .string }
            if case .array(let a) = l, case .array(let b) = r { return .array(Checker.unify([a, b])) }
            if l.isNumeric && r.isNumeric { return l == .int && r == .int ? .int : .double }
            return fail(stringFix)
        case "-", "*", "/", "%":
            if l.isNumeric && r.isNumeric { return l == .int && r == .int ? .int : .double }
            return fail(stringFix)
        case "<", "<=", ">", ">=":
            if (l.isNumeric && r.isNumeric) || (l == .string && r == .string) { return .bool }
            return fail(stringFix)
        case "==", "!=":
            if vocabulary.accepts(l, r) || vocabulary.accepts(r, l) { return .bool }
            return fail(stringFix)
        case "&&", "||":
            if l == .bool && r == .bool { return .bool }
            return fail("both sides must be Bool")
        case "..<", "...":
            if l == .int && r == .int { return .array(.int) }
            return fail("a range needs Int bounds, e.g. 0..<10")
        default:
            return fail()
        }
    }

    private func memberType(base: Expr, name: String, nameRange: SourceRange) -> FolioType {
        if case .name(let typeName) = base.kind, lookup(typeName) == nil, index.isTypeName(typeName) {
            if !index.staticFunctions(named: name, of: typeName).isEmpty {
                error("'\(typeName).\(name)' is a function; call it with (...)", nameRange, fix: "write \(typeName).\(name)(...)")
            } else {
                error("type '\(typeName)' has no member '\(name)'", nameRange,
                      fix: Suggestions.didYouMean(name, in: vocabulary.staticFunctionNames(of: typeName)))
            }
            return .any
        }
        let baseType = typeOf(base, expected: nil)
        if baseType == .any { return .any }
        if case .tuple(let types) = baseType, let index = Int(name) {
            if index >= 0 && index < types.count { return types[index] }
            error("a tuple of \(types.count) values has no element \(index)", nameRange, fix: "use .0 to .\(types.count - 1)")
            return .any
        }
        guard let owner = Vocabulary.ownerName(of: baseType) else {
            error("a value of type \(baseType) has no member '\(name)'", nameRange)
            return .any
        }
        if let property = index.members(named: name, of: owner, kind: .property).first {
            return property.returns.substitutingElement(baseType.elementType)
        }
        if !index.members(named: name, of: owner, kind: .method).isEmpty {
            error("'\(name)' is a method; call it with ()", nameRange, fix: "write .\(name)()")
            return .any
        }
        error("a value of type \(baseType) has no member '\(name)'", nameRange,
              fix: Suggestions.didYouMean(name, in: vocabulary.memberNames(of: owner)))
        return .any
    }

    /// `.relu` or `.adam(lr: 0.001)` (with `arguments`) against the expected enum type.
    private func implicitMemberType(name: String, arguments: [Argument]?, range: SourceRange, expected: FolioType?) -> FolioType {
        guard let expected, expected != .any else {
            if let arguments { for a in arguments { _ = typeOf(a.value, expected: nil) } }
            if expected == nil {
                error("cannot tell which type '.\(name)' belongs to", range, fix: "use it where a parameter expects it, e.g. Dense(10, activation: .\(name))")
            }
            return .any
        }
        guard let declaration = vocabulary.enumDeclaration(for: expected) else {
            error("'.\(name)' is a case, but a value of type \(expected) is expected here", range)
            if let arguments { for a in arguments { _ = typeOf(a.value, expected: nil) } }
            return .any
        }
        guard let enumCase = declaration.cases.first(where: { $0.name == name }) else {
            let names = declaration.cases.map(\.name)
            error("'.\(name)' is not a case of \(declaration.name)", range,
                  fix: Suggestions.didYouMean(name, in: names, prefix: ".") ?? "expected one of: " + names.map { "." + $0 }.joined(separator: ", "))
            if let arguments { for a in arguments { _ = typeOf(a.value, expected: nil) } }
            return .named(declaration.name)
        }
        let signature = "." + enumCase.name + "(" + enumCase.parameters.map { ($0.label ?? "_") + ":" }.joined() + ")"
        if let arguments {
            let match = ArgumentMatcher.match(arguments, to: enumCase.parameters, callName: "." + name, signature: signature, callRange: range)
            for issue in match.issues { error(issue.message, issue.range, fix: issue.fix) }
            for (argument, index) in zip(arguments, match.parameterIndex) {
                let t = typeOf(argument.value, expected: index >= 0 ? enumCase.parameters[index].type : nil)
                if index >= 0 { checkArgumentType(argument, parameter: enumCase.parameters[index], type: t, callName: "." + name) }
            }
        } else if enumCase.parameters.contains(where: \.isRequired) {
            let filled = signature.replacingOccurrences(of: ":)", with: ": ...)")
            error("'.\(name)' needs arguments", range, fix: "write " + filled)
        }
        return .named(declaration.name)
    }

    private func checkArgumentType(_ argument: Argument, parameter: Parameter, type: FolioType, callName: String, element: FolioType = .any) {
        let expected = parameter.type.substitutingElement(element)
        if parameter.variadic || vocabulary.accepts(expected, type) { return }
        let which = argument.label.map { "'\($0):'" } ?? "'\(parameter.name)'"
        error("wrong type for argument \(which) of '\(callName)': expected \(expected), got \(type)", argument.value.range,
              fix: conversionFix(expected: expected, got: type))
    }

    private func isDeferred(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .implicitMember: return true
        case .call(let callee, _, _):
            if case .implicitMember = callee.kind { return true }
            return false
        case .array(let elements): return elements.first.map(isDeferred) ?? true
        default: return false
        }
    }

    private func callType(callee: Expr, arguments: [Argument], builder: [Expr]?, expr: Expr, expected: FolioType?) -> FolioType {
        var candidates: [Declaration] = []
        var callName = ""
        var element: FolioType = .any
        var receiver: Expr?
        switch callee.kind {
        case .name(let name):
            callName = name
            if let binding = lookup(name) {
                error("cannot call '\(name)', a value of type \(binding.type)", callee.range, fix: "remove the parentheses")
                return checkArgumentsOnly(arguments, builder)
            }
            candidates = index.functions(named: name)
            if candidates.isEmpty {
                if index.isTypeName(name) {
                    let members = vocabulary.staticFunctionNames(of: name)
                    error("'\(name)' cannot be called directly", callee.range,
                          fix: members.isEmpty ? nil : "use one of: " + members.map { "\(name).\($0)(...)" }.joined(separator: ", "))
                } else {
                    unknownName(name, callee.range)
                }
                return checkArgumentsOnly(arguments, builder)
            }
        case .member(let base, let name, let nameRange):
            if case .name(let typeName) = base.kind, lookup(typeName) == nil, index.isTypeName(typeName) {
                callName = typeName + "." + name
                candidates = index.staticFunctions(named: name, of: typeName)
                if candidates.isEmpty {
                    error("type '\(typeName)' has no function '\(name)'", nameRange,
                          fix: Suggestions.didYouMean(name, in: vocabulary.staticFunctionNames(of: typeName)))
                    return checkArgumentsOnly(arguments, builder)
                }
            } else {
                callName = name
                let baseType = typeOf(base, expected: nil)
                if baseType == .any { return checkArgumentsOnly(arguments, builder) }
                element = baseType.elementType
                receiver = base
                guard let owner = Vocabulary.ownerName(of: baseType) else {
                    error("a value of type \(baseType) has no method '\(name)'", nameRange)
                    return checkArgumentsOnly(arguments, builder)
                }
                candidates = index.members(named: name, of: owner, kind: .method)
                if candidates.isEmpty {
                    if !index.members(named: name, of: owner, kind: .property).isEmpty {
                        error("'\(name)' is a property, not a method", nameRange, fix: "remove the (): write .\(name)")
                    } else {
                        error("a value of type \(baseType) has no method '\(name)'", nameRange,
                              fix: Suggestions.didYouMean(name, in: vocabulary.memberNames(of: owner)))
                    }
                    return checkArgumentsOnly(arguments, builder)
                }
            }
        case .implicitMember(let name):
            if builder != nil { error("a case cannot take a { ... } block", expr.range) }
            return implicitMemberType(name: name, arguments: arguments, range: callee.range, expected: expected)
        default:
            error("this expression cannot be called", callee.range)
            return checkArgumentsOnly(arguments, builder)
        }
        return resolve(candidates, callName: callName, arguments: arguments, builder: builder, element: element,
                       receiver: receiver, nameRange: callee.nameRange)
    }

    private func checkArgumentsOnly(_ arguments: [Argument], _ builder: [Expr]?) -> FolioType {
        for a in arguments where !isDeferred(a.value) { _ = typeOf(a.value, expected: nil) }
        for item in builder ?? [] where !isDeferred(item) { _ = typeOf(item, expected: nil) }
        return .any
    }

    private func resolve(_ candidates: [Declaration], callName: String, arguments: [Argument], builder: [Expr]?,
                         element: FolioType, receiver: Expr?, nameRange: SourceRange) -> FolioType {
        let matches = candidates.map { ArgumentMatcher.match(arguments, to: $0, callName: callName, callRange: nameRange) }
        let argumentTypes: [FolioType?] = arguments.map { isDeferred($0.value) ? nil : typeOf($0.value, expected: nil) }
        func fits(_ i: Int) -> Bool {
            let declaration = candidates[i]
            guard matches[i].issues.isEmpty, (builder == nil || declaration.builder != nil) else { return false }
            for (k, index) in matches[i].parameterIndex.enumerated() {
                let parameterType = declaration.parameters[index].type.substitutingElement(element)
                if let t = argumentTypes[k] {
                    if !vocabulary.accepts(parameterType, t) { return false }
                } else if parameterType != .any, case .implicitMember(let n) = arguments[k].value.kind,
                          !(vocabulary.enumDeclaration(for: parameterType)?.cases.contains { $0.name == n } ?? false) {
                    return false
                }
            }
            return true
        }
        let chosenIndex = candidates.indices.first(where: fits)
            ?? candidates.indices.first(where: { matches[$0].issues.isEmpty })
            ?? candidates.indices.min(by: { matches[$0].issues.count < matches[$1].issues.count })
            ?? 0
        let declaration = candidates[chosenIndex]
        // With an argument of unknown type several overloads may fit; then the result is unknown too.
        let fitting = candidates.indices.filter(fits)
        let ambiguousReturn = fitting.count > 1 && Set(fitting.map { candidates[$0].returns.description }).count > 1
        let match = matches[chosenIndex]
        for issue in match.issues { error(issue.message, issue.range, fix: issue.fix) }
        for (k, argument) in arguments.enumerated() {
            let index = match.parameterIndex[k]
            guard index >= 0 else {
                if argumentTypes[k] == nil { _ = typeOf(argument.value, expected: .any) }
                continue
            }
            let parameter = declaration.parameters[index]
            let type = argumentTypes[k] ?? typeOf(argument.value, expected: parameter.type.substitutingElement(element))
            checkArgumentType(argument, parameter: parameter, type: type, callName: callName, element: element)
        }
        if let builder {
            if let itemType = declaration.builder {
                for item in builder {
                    let t = typeOf(item, expected: itemType)
                    if !vocabulary.accepts(itemType, t) {
                        error("a '\(callName) { ... }' block holds \(itemType) values, got \(t)", item.range,
                              fix: vocabularyExamples(of: itemType))
                    }
                }
            } else {
                error("'\(callName)' does not take a { ... } block", nameRange, fix: "remove the block")
                for item in builder { _ = typeOf(item, expected: nil) }
            }
        }
        if declaration.isMutating, let receiver {
            if case .name(let name) = receiver.kind {
                if lookup(name)?.mutable == false {
                    error("cannot use '\(callName)' on '\(name)': '\(name)' is a let constant", receiver.range, fix: "declare it with 'var \(name)' to change it")
                }
            } else {
                error("'\(callName)' changes its receiver; call it on a variable", nameRange)
            }
        }
        return ambiguousReturn ? .any : declaration.returns.substitutingElement(element)
    }

    private func vocabularyExamples(of type: FolioType) -> String? {
        guard case .named(let n) = type else { return nil }
        let makers = vocabulary.declarations.filter { $0.kind == .function && $0.returns == type }.map { $0.name + "(...)" }
        return makers.isEmpty ? nil : "e.g. " + makers.prefix(4).joined(separator: ", ") + " (\(n) values)"
    }
}

extension Stmt {
    var kindName: String {
        switch kind {
        case .breakLoop: return "break"
        case .continueLoop: return "continue"
        default: return "statement"
        }
    }
}
