import FolioCore

/// The tree-walking interpreter. Names live in the session's shared environment; loop and block
/// bodies get their own inner scopes.
final class Interpreter {
    private let vocabulary: Vocabulary
    private let index: VocabularyIndex
    private let source: CellSource
    private let environment: Environment
    private let context: RunContext
    private let sink: OutputSink
    private var scopes: [[String: RuntimeBinding]] = []
    private var steps = 0

    init(index: VocabularyIndex, source: CellSource, environment: Environment, context: RunContext, sink: OutputSink) {
        self.vocabulary = index.vocabulary
        self.index = index
        self.source = source
        self.environment = environment
        self.context = context
        self.sink = sink
    }

    private func fail(_ message: String, _ range: SourceRange, fix: String? = nil) -> Failure {
        Failure(diagnostic: source.diagnostic(message, at: range, fix: fix))
    }

    // MARK: names

    private func lookup(_ name: String) -> RuntimeBinding? {
        for scope in scopes.reversed() {
            if let b = scope[name] { return b }
        }
        return environment.globals[name]
    }

    private func define(_ name: String, _ value: Value, mutable: Bool) {
        if scopes.isEmpty {
            environment.globals[name] = RuntimeBinding(value: value, mutable: mutable)
            environment.unavailable.remove(name)
        } else {
            scopes[scopes.count - 1][name] = RuntimeBinding(value: value, mutable: mutable)
        }
    }

    private func assign(_ name: String, _ value: Value, range: SourceRange) throws {
        for i in scopes.indices.reversed() {
            guard let binding = scopes[i][name] else { continue }
            guard binding.mutable else { throw letConstant(name, range) }
            scopes[i][name] = RuntimeBinding(value: value, mutable: true)
            return
        }
        guard let binding = environment.globals[name] else { throw unknownName(name, range) }
        guard binding.mutable else { throw letConstant(name, range) }
        environment.globals[name] = RuntimeBinding(value: value, mutable: true)
    }

    private func letConstant(_ name: String, _ range: SourceRange) -> Failure {
        fail("cannot assign to '\(name)': '\(name)' is a let constant", range, fix: "declare it with 'var \(name)' to change it")
    }

    private func unknownName(_ name: String, _ range: SourceRange) -> Failure {
        if environment.unavailable.contains(name) {
            return fail("'\(name)' is not available: the cell that defines it failed", range, fix: "fix the earlier error first")
        }
        let names = Array(environment.globals.keys) + scopes.flatMap(\.keys) + index.globalNames
        return fail("unknown name '\(name)'", range, fix: Suggestions.didYouMean(name, in: names) ?? "define it first, e.g. let \(name) = ...")
    }

    // MARK: statements

    /// Runs a cell's top-level statements; shown values go to the sink.
    func run(_ statements: [Stmt]) throws {
        for (i, statement) in statements.enumerated() {
            do {
                try execute(statement, isLast: i == statements.count - 1)
            } catch is LoopJump {
                throw fail("'break' and 'continue' are only allowed inside a loop", statement.range)
            }
        }
    }

    private func executeBlock(_ statements: [Stmt]) throws {
        scopes.append([:])
        defer { scopes.removeLast() }
        for statement in statements { try execute(statement, isLast: false) }
    }

    private func execute(_ statement: Stmt, isLast: Bool) throws {
        switch statement.kind {
        case .binding(let pattern, let mutable, let annotation, let value):
            var v = try evaluate(value, expected: annotation?.type)
            if let annotation { v = v.coerced(to: annotation.type) }
            try bind(pattern, v, mutable: mutable)
        case .assignment(let target, let op, let value, let opRange):
            var v = try evaluate(value, expected: nil)
            if op != "=" {
                let current = try evaluate(target, expected: nil)
                v = try located(opRange) { try RuntimeOperators.binary(String(op.dropLast()), current, v) }
            }
            try store(v, into: target)
        case .expression(let expr):
            let value = try evaluate(expr, expected: nil)
            var isCall = false
            if case .call = expr.kind { isCall = true }
            if isCall || (isLast && scopes.isEmpty) { sink.show(value) }
        case .forIn(let pattern, let sequence, let body):
            try runFor(pattern, sequence, body, range: statement.range)
        case .ifElse(let condition, let then, let otherwise):
            if try truth(condition) {
                try executeBlock(then)
            } else if let otherwise {
                try executeBlock(otherwise)
            }
        case .whileLoop(let condition, let body):
            while try truth(condition) {
                try countStep(statement.range)
                do { try executeBlock(body) } catch LoopJump.breakLoop { break } catch LoopJump.continueLoop { continue }
            }
        case .breakLoop: throw LoopJump.breakLoop
        case .continueLoop: throw LoopJump.continueLoop
        }
    }

    private func countStep(_ range: SourceRange) throws {
        steps += 1
        if steps > context.stepBudget {
            throw fail("this cell ran more than \(context.stepBudget) loop iterations, its step budget", SourceRange(range.start, range.start),
                       fix: "check that the loop ends; if the work is really this long, raise the budget with a line '//| steps: N' at the top of the cell")
        }
    }

    private func truth(_ condition: Expr) throws -> Bool {
        let v = try evaluate(condition, expected: .bool)
        guard case .bool(let b) = v else { throw fail("a condition must be a Bool, got \(v.type)", condition.range) }
        return b
    }

    private func runFor(_ pattern: Pattern, _ sequence: Expr, _ body: [Stmt], range: SourceRange) throws {
        func iteration(_ element: Value) throws -> Bool {
            try countStep(range)
            scopes.append([:])
            defer { scopes.removeLast() }
            try bind(pattern, element, mutable: false)
            // The loop variable and the body share one scope: one dictionary per iteration, not two.
            do {
                for statement in body { try execute(statement, isLast: false) }
            } catch LoopJump.breakLoop { return false } catch LoopJump.continueLoop { return true }
            return true
        }
        // Ranges are walked without building an array.
        if case .binary(let op, let lhs, let rhs, let opRange) = sequence.kind, op == "..<" || op == "..." {
            let lo = try evaluate(lhs, expected: .int), hi = try evaluate(rhs, expected: .int)
            guard case .int(let a) = lo, case .int(let b) = hi else { throw fail("a range needs Int bounds", opRange) }
            if b < a { throw fail("range lower bound \(a) is greater than its upper bound \(b)", opRange) }
            if op == "..<" {
                for i in a..<b where try !iteration(.int(i)) { break }
            } else {
                for i in a...b where try !iteration(.int(i)) { break }
            }
            return
        }
        let value = try evaluate(sequence, expected: nil)
        let elements: [Value]
        switch value {
        case .array(let vs): elements = vs
        case .string(let s): elements = s.map { .string(String($0)) }
        default: throw fail("cannot loop over a value of type \(value.type)", sequence.range, fix: "loop over an array or a range, e.g. for i in 0..<n")
        }
        for element in elements where try !iteration(element) { break }
    }

    private func bind(_ pattern: Pattern, _ value: Value, mutable: Bool) throws {
        switch pattern {
        case .name(let name, _): define(name, value, mutable: mutable)
        case .wildcard: break
        case .tuple(let patterns, let range):
            guard case .tuple(let values) = value, values.count == patterns.count else {
                throw fail("cannot unpack \(value.type) into \(patterns.count) names", range)
            }
            for (p, v) in zip(patterns, values) { try bind(p, v, mutable: mutable) }
        }
    }

    private func store(_ value: Value, into target: Expr) throws {
        switch target.kind {
        case .name(let name):
            try assign(name, value, range: target.range)
        case .subscriptAccess(let base, let indexExpr):
            let container = try evaluate(base, expected: nil)
            let index = try evaluate(indexExpr, expected: .int)
            guard case .array(var items) = container else { throw fail("cannot index into a value of type \(container.type)", base.range) }
            let i = try checkedIndex(index, count: items.count, range: indexExpr.range)
            items[i] = value
            try store(.array(items), into: base)
        default:
            throw fail("cannot assign to this expression", target.range)
        }
    }

    private func checkedIndex(_ index: Value, count: Int, range: SourceRange) throws -> Int {
        guard case .int(let i) = index else { throw fail("an index must be an Int, got \(index.type)", range) }
        guard i >= 0 && i < count else {
            throw fail("index \(i) is out of range for an array of \(count) element\(count == 1 ? "" : "s")", range,
                       fix: count == 0 ? "the array is empty" : "valid indices are 0...\(count - 1)")
        }
        return i
    }

    /// Runs `body`, turning a `RuntimeError` into a diagnostic at `range`.
    private func located<T>(_ range: SourceRange, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as RuntimeError {
            throw fail(error.message, range, fix: error.fix)
        } catch let failure as Failure {
            throw failure
        } catch let jump as LoopJump {
            throw jump
        } catch let diagnostic as Diagnostic {
            var d = diagnostic
            if d.location == nil {
                d = source.diagnostic(diagnostic.message, at: range, fix: diagnostic.fix)
            }
            throw Failure(diagnostic: d)
        } catch let list as DiagnosticList {
            let first = list.diagnostics.first
            throw fail(first?.message ?? "\(list)", range, fix: first?.fix)
        } catch {
            throw fail("\(error)", range)
        }
    }

    // MARK: expressions

    func evaluate(_ expr: Expr, expected: FolioType?) throws -> Value {
        switch expr.kind {
        case .int(let v): return .int(v)
        case .double(let v): return .double(v)
        case .bool(let v): return .bool(v)
        case .nilLiteral: return .void
        case .invalid: throw fail("this expression has a syntax error", expr.range)
        case .string(let pieces):
            var s = ""
            for piece in pieces {
                switch piece {
                case .text(let t): s += t
                case .expr(let e): s += try evaluate(e, expected: nil).description
                }
            }
            return .string(s)
        case .array(let elements):
            var element: FolioType?
            if case .array(let t)? = expected { element = t }
            var values = try elements.map { try evaluate($0, expected: element) }
            let numeric = values.allSatisfy { if case .int = $0 { return true }; if case .double = $0 { return true }; return false }
            if numeric, values.contains(where: { if case .double = $0 { return true }; return false }) {
                values = values.map { $0.coerced(to: .double) }
            }
            return .array(values)
        case .tuple(let elements):
            var types: [FolioType]?
            if case .tuple(let ts)? = expected, ts.count == elements.count { types = ts }
            return .tuple(try elements.enumerated().map { try evaluate($0.element, expected: types?[$0.offset]) })
        case .name(let name):
            if let binding = lookup(name) { return binding.value }
            if !index.functions(named: name).isEmpty {
                throw fail("'\(name)' is a function; call it with (...)", expr.range, fix: "write \(name)(...)")
            }
            throw unknownName(name, expr.range)
        case .member(let base, let name, let nameRange):
            return try member(base: base, name: name, nameRange: nameRange)
        case .implicitMember(let name):
            return try enumCase(name, arguments: nil, range: expr.range, expected: expected)
        case .call(let callee, let arguments, let builder):
            return try call(callee: callee, arguments: arguments, builder: builder, expected: expected)
        case .subscriptAccess(let base, let indexExpr):
            let container = try evaluate(base, expected: nil)
            let index = try evaluate(indexExpr, expected: .int)
            if case .object(let object) = container,
               let declaration = self.index.members(named: "subscript", of: object.typeName, kind: .subscript).first {
                let name = declaration.parameters.first?.name ?? "index"
                let call = Call(receiver: container, arguments: [name: index], context: context, location: source.location(indexExpr.range.start))
                return try located(indexExpr.range) { try declaration.implementation(call) }
            }
            guard case .array(let items) = container else { throw fail("cannot index into a value of type \(container.type)", expr.range) }
            return items[try checkedIndex(index, count: items.count, range: indexExpr.range)]
        case .unary(let op, let operand):
            let v = try evaluate(operand, expected: nil)
            return try located(expr.range) { try RuntimeOperators.unary(op, v) }
        case .conditional(let condition, let then, let otherwise):
            return try truth(condition) ? evaluate(then, expected: expected) : evaluate(otherwise, expected: expected)
        case .binary(let op, let lhs, let rhs, let opRange):
            let l = try evaluate(lhs, expected: nil)
            if op == "&&" || op == "||", case .bool(let a) = l {
                if op == "&&" && !a { return .bool(false) }
                if op == "||" && a { return .bool(true) }
            }
            let r = try evaluate(rhs, expected: nil)
            return try located(opRange) { try RuntimeOperators.binary(op, l, r) }
        }
    }

    private func member(base: Expr, name: String, nameRange: SourceRange) throws -> Value {
        if case .name(let typeName) = base.kind, lookup(typeName) == nil, index.isTypeName(typeName) {
            throw fail("'\(typeName).\(name)' is a function; call it with (...)", nameRange)
        }
        let receiver = try evaluate(base, expected: nil)
        if case .tuple(let values) = receiver, let index = Int(name) {
            guard index >= 0 && index < values.count else { throw fail("a tuple of \(values.count) values has no element \(index)", nameRange) }
            return values[index]
        }
        let type = receiver.type
        guard let owner = Vocabulary.ownerName(of: type),
              let property = index.members(named: name, of: owner, kind: .property).first else {
            let names = Vocabulary.ownerName(of: type).map { vocabulary.memberNames(of: $0) } ?? []
            throw fail("a value of type \(type) has no property '\(name)'", nameRange, fix: Suggestions.didYouMean(name, in: names))
        }
        let call = Call(receiver: receiver, arguments: [:], context: context, location: source.location(nameRange.start))
        return try located(nameRange) { try property.implementation(call) }
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

    private func call(callee: Expr, arguments: [Argument], builder: [Expr]?, expected: FolioType?) throws -> Value {
        var candidates: [Declaration] = []
        var callName = ""
        var receiver: Value?
        var receiverExpr: Expr?
        switch callee.kind {
        case .name(let name):
            callName = name
            if let binding = lookup(name) {
                throw fail("cannot call '\(name)', a value of type \(binding.value.type)", callee.range)
            }
            candidates = index.functions(named: name)
            if candidates.isEmpty { throw unknownName(name, callee.range) }
        case .member(let base, let name, let nameRange):
            if case .name(let typeName) = base.kind, lookup(typeName) == nil, index.isTypeName(typeName) {
                callName = typeName + "." + name
                candidates = index.staticFunctions(named: name, of: typeName)
                if candidates.isEmpty {
                    throw fail("type '\(typeName)' has no function '\(name)'", nameRange,
                               fix: Suggestions.didYouMean(name, in: vocabulary.staticFunctionNames(of: typeName)))
                }
            } else {
                callName = name
                let value = try evaluate(base, expected: nil)
                receiver = value
                receiverExpr = base
                let owner = Vocabulary.ownerName(of: value.type) ?? ""
                candidates = index.members(named: name, of: owner, kind: .method)
                if candidates.isEmpty {
                    throw fail("a value of type \(value.type) has no method '\(name)'", nameRange,
                               fix: Suggestions.didYouMean(name, in: vocabulary.memberNames(of: owner)))
                }
            }
        case .implicitMember(let name):
            return try enumCase(name, arguments: arguments, range: callee.range, expected: expected)
        default:
            throw fail("this expression cannot be called", callee.range)
        }
        let nameRange = callee.nameRange
        let element = receiver?.type.elementType ?? .any

        // Values of the arguments that do not need an expected type, then the overload that fits.
        var values: [Value?] = try arguments.map { isDeferred($0.value) ? nil : try evaluate($0.value, expected: nil) }
        let matches = candidates.map { ArgumentMatcher.match(arguments, to: $0, callName: callName, callRange: nameRange) }
        func fits(_ i: Int) -> Bool {
            guard matches[i].issues.isEmpty, builder == nil || candidates[i].builder != nil else { return false }
            for (k, index) in matches[i].parameterIndex.enumerated() {
                if let v = values[k], !vocabulary.accepts(candidates[i].parameters[index].type.substitutingElement(element), v.type) { return false }
            }
            return true
        }
        guard let chosen = candidates.indices.first(where: fits) ?? candidates.indices.first(where: { matches[$0].issues.isEmpty }) else {
            let best = matches.min { $0.issues.count < $1.issues.count }
            let issue = best?.issues.first
            throw fail(issue?.message ?? "cannot call '\(callName)' with these arguments", issue?.range ?? nameRange, fix: issue?.fix)
        }
        let declaration = candidates[chosen]
        var named: [String: Value] = [:]
        var variadic: [String: [Value]] = [:]
        for (k, index) in matches[chosen].parameterIndex.enumerated() {
            let parameter = declaration.parameters[index]
            let type = parameter.type.substitutingElement(element)
            let value = try values[k] ?? evaluate(arguments[k].value, expected: type)
            values[k] = value
            if !parameter.variadic && !vocabulary.accepts(type, value.type) {
                let which = arguments[k].label.map { "'\($0):'" } ?? "'\(parameter.name)'"
                throw fail("wrong type for argument \(which) of '\(callName)': expected \(type), got \(value.type)", arguments[k].value.range)
            }
            if parameter.variadic {
                variadic[parameter.name, default: []].append(value)
            } else {
                named[parameter.name] = value.coerced(to: type)
            }
        }
        for (name, items) in variadic { named[name] = .array(items) }
        fillDefaults(declaration.parameters, into: &named)
        var items: [Value] = []
        if let builder, let itemType = declaration.builder {
            items = try builder.map { item in
                let v = try evaluate(item, expected: itemType)
                if !vocabulary.accepts(itemType, v.type) {
                    throw fail("a '\(callName) { ... }' block holds \(itemType) values, got \(v.type)", item.range)
                }
                return v
            }
        }
        let call = Call(receiver: receiver, arguments: named, builderItems: items, context: context, location: source.location(nameRange.start))
        let result = try located(nameRange) { try declaration.implementation(call) }
        if declaration.isMutating, let receiverExpr {
            try store(result, into: receiverExpr)
            return .void
        }
        return result
    }

    private func fillDefaults(_ parameters: [Parameter], into named: inout [String: Value]) {
        for parameter in parameters where named[parameter.name] == nil {
            switch parameter.defaultValue {
            case .int(let v)?: named[parameter.name] = .int(v).coerced(to: parameter.type)
            case .double(let v)?: named[parameter.name] = .double(v)
            case .string(let v)?: named[parameter.name] = .string(v)
            case .bool(let v)?: named[parameter.name] = .bool(v)
            case .enumCase(let caseName)?:
                if let declaration = vocabulary.enumDeclaration(for: parameter.type) {
                    var arguments: [String: Value] = [:]
                    fillDefaults(declaration.cases.first { $0.name == caseName }?.parameters ?? [], into: &arguments)
                    named[parameter.name] = .enumCase(EnumValue(typeName: declaration.name, caseName: caseName, arguments: arguments))
                }
            case .none?, nil: break
            }
        }
    }

    private func enumCase(_ name: String, arguments: [Argument]?, range: SourceRange, expected: FolioType?) throws -> Value {
        guard let expected, let declaration = vocabulary.enumDeclaration(for: expected) else {
            throw fail("cannot tell which type '.\(name)' belongs to", range,
                       fix: "use it where a parameter expects it, e.g. Dense(10, activation: .\(name))")
        }
        guard let enumCase = declaration.cases.first(where: { $0.name == name }) else {
            let names = declaration.cases.map(\.name)
            throw fail("'.\(name)' is not a case of \(declaration.name)", range,
                       fix: Suggestions.didYouMean(name, in: names, prefix: ".") ?? "expected one of: " + names.map { "." + $0 }.joined(separator: ", "))
        }
        var named: [String: Value] = [:]
        if let arguments {
            let signature = "." + name + "(" + enumCase.parameters.map { ($0.label ?? "_") + ":" }.joined() + ")"
            let match = ArgumentMatcher.match(arguments, to: enumCase.parameters, callName: "." + name, signature: signature, callRange: range)
            if let issue = match.issues.first { throw fail(issue.message, issue.range, fix: issue.fix) }
            for (argument, index) in zip(arguments, match.parameterIndex) {
                let parameter = enumCase.parameters[index]
                let value = try evaluate(argument.value, expected: parameter.type)
                if !vocabulary.accepts(parameter.type, value.type) {
                    throw fail("wrong type for argument '\(parameter.name)' of '.\(name)': expected \(parameter.type), got \(value.type)", argument.value.range)
                }
                named[parameter.name] = value.coerced(to: parameter.type)
            }
        } else if enumCase.parameters.contains(where: \.isRequired) {
            throw fail("'.\(name)' needs arguments", range)
        }
        fillDefaults(enumCase.parameters, into: &named)
        return .enumCase(EnumValue(typeName: declaration.name, caseName: name, arguments: named))
    }
}
