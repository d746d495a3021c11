import FolioCore

/// Turns a checked cell into Swift closures once, so running it decides nothing: variables are
/// stack slots, boxes or global boxes; calls go straight to their declaration or compiled body;
/// arithmetic is specialised by the operand types the checker found.
struct Compiler {
    let source: CellSource
    let environment: Environment
    let context: RunContext

    func fail(_ message: Message, _ range: SourceRange) -> Failure {
        Failure(diagnostic: source.diagnostic(message.text, at: range, fix: message.fix))
    }

    /// Runs `body`, turning any error of a vocabulary implementation into a diagnostic at `range`.
    func located<T>(_ range: SourceRange, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let failure as Failure {
            throw failure
        } catch is NilInChain {
            throw NilInChain()
        } catch let error as RuntimeError {
            throw fail(Message(error.message, fix: error.fix), range)
        } catch is StackExhausted {
            throw fail(.recursionTooDeep(Runtime.maximumDepth), range)
        } catch let diagnostic as Diagnostic {
            var d = diagnostic
            if d.location == nil { d = source.diagnostic(diagnostic.message, at: range, fix: diagnostic.fix) }
            throw Failure(diagnostic: d)
        } catch let list as DiagnosticList {
            let first = list.diagnostics.first
            throw fail(Message(first?.message ?? "\(list)", fix: first?.fix), range)
        } catch {
            throw fail(Message("\(error)"), range)
        }
    }

    // MARK: variables

    func read(_ storage: Storage, name: String, range: SourceRange) -> Evaluate {
        switch storage {
        case .local(let local):
            let slot = local.slot
            if local.isCaptured { return { rt in Compiler.box(rt.stack[rt.base + slot]).value } }
            return { rt in rt.stack[rt.base + slot] }
        case .captured(let i):
            return { rt in rt.captured(i).value }
        case .global(let name):
            let box = environment.box(name)
            let environment = self.environment
            return { _ in
                if let v = box.value { return v }
                throw environment.unavailable.contains(name) ? self.fail(.unavailable(name), range) : self.fail(.unknownName(name, didYouMean: nil), range)
            }
        }
    }

    static func box(_ value: Value) -> Box {
        if case .object(let o) = value { return unsafeDowncast(o, to: Box.self) }
        return Box(value)
    }

    /// Binds a new variable (a new box for captured ones: each loop iteration gets its own).
    func bind(_ storage: Storage, mutable: Bool) -> (Runtime, Value) -> Void {
        switch storage {
        case .local(let local):
            let slot = local.slot
            if local.isCaptured { return { rt, v in rt.stack[rt.base + slot] = .object(Box(v)) } }
            return { rt, v in rt.stack[rt.base + slot] = v }
        case .captured(let i):
            return { rt, v in rt.captured(i).value = v }
        case .global(let name):
            let environment = self.environment
            return { _, v in environment.define(name, v, mutable: mutable) }
        }
    }

    func bind(_ pattern: CheckedPattern, mutable: Bool) -> (Runtime, Value) throws -> Void {
        switch pattern {
        case .variable(let storage):
            let set = bind(storage, mutable: mutable)
            return { rt, v in set(rt, v) }
        case .ignore:
            return { _, _ in }
        case .tuple(let patterns):
            let parts = patterns.map { bind($0, mutable: mutable) }
            return { rt, v in
                guard case .tuple(let values) = v, values.count == parts.count else { throw RuntimeError("cannot unpack \(v.type) into \(parts.count) names") }
                for (part, value) in zip(parts, values) { try part(rt, value.unlabelled) }
            }
        }
    }

    /// Changes a stored value in place (no copy of an array whose element is set).
    func modify(_ lvalue: LValue) -> (Runtime, (inout Value) throws -> Void) throws -> Void {
        switch lvalue {
        case .tuple:
            return { _, _ in throw RuntimeError("a tuple of variables cannot be changed in place") }
        case .variable(let storage, let name):
            switch storage {
            case .local(let local):
                let slot = local.slot
                if local.isCaptured { return { rt, change in try change(&Compiler.box(rt.stack[rt.base + slot]).value) } }
                return { rt, change in try change(&rt.stack[rt.base + slot]) }
            case .captured(let i):
                return { rt, change in try change(&rt.captured(i).value) }
            case .global:
                let box = environment.box(name)
                return { _, change in
                    guard var value = box.value else { throw self.fail(.unavailable(name), SourceRange(Position(line: 0, column: 0), Position(line: 0, column: 0))) }
                    box.value = nil
                    defer { box.value = value }
                    try change(&value)
                }
            }
        case .arrayElement(let inner, let indexExpr, let range):
            let outer = modify(inner)
            let index = compile(indexExpr)
            return { rt, change in
                let i = try index(rt)
                try outer(rt) { container in
                    guard case .array(var items) = container else { throw RuntimeError("cannot index into a value of type \(container.type)") }
                    let position = try self.checkedIndex(i, count: items.count, range: range)
                    container = .void
                    defer { container = .array(items) }
                    try change(&items[position])
                }
            }
        case .tupleElement(let inner, let position):
            let outer = modify(inner)
            return { rt, change in
                try outer(rt) { container in
                    guard case .tuple(var items) = container, position < items.count else { throw RuntimeError("not a tuple") }
                    container = .void
                    defer { container = .tuple(items) }
                    // The element keeps its label: `p.x = 10` still prints `(x: 10, y: 2)`.
                    if case .labelled(let label, var value) = items[position] {
                        defer { items[position] = .labelled(label, value) }
                        try change(&value)
                    } else {
                        try change(&items[position])
                    }
                }
            }
        case .dictionaryValue(let inner, let keyExpr, let fallbackExpr, let forced):
            let outer = modify(inner)
            let key = compile(keyExpr)
            let fallback = fallbackExpr.map(compile)
            let range = keyExpr.range
            return { rt, change in
                let k = try key(rt)
                let defaultValue = try fallback?(rt)
                try outer(rt) { container in
                    guard case .dictionary(var dictionary) = container else { throw RuntimeError("not a dictionary") }
                    container = .void
                    defer { container = .dictionary(dictionary) }
                    var value: Value
                    if let defaultValue {
                        value = dictionary[k] ?? defaultValue
                    } else if forced {
                        guard let existing = dictionary[k] else { throw self.fail(.unwrappedNil, range) }
                        value = existing
                    } else {
                        value = dictionary[k].map { .optional($0) } ?? .optional(nil)
                    }
                    // Take the value out so changing it in place does not copy it.
                    if defaultValue != nil || forced { dictionary.set(k, .void) }
                    try change(&value)
                    switch value {
                    case .optional(let v): dictionary.set(k, v)
                    default: dictionary.set(k, value)
                    }
                }
            }
        }
    }

    func store(_ lvalue: LValue) -> (Runtime, Value) throws -> Void {
        if case .tuple(let parts) = lvalue {
            let stores = parts.map(store)
            return { rt, v in
                guard case .tuple(let values) = v, values.count == stores.count else { throw RuntimeError("cannot unpack \(v.type) into \(stores.count) places") }
                for (set, value) in zip(stores, values) { try set(rt, value.unlabelled) }
            }
        }
        if case .variable(let storage, _) = lvalue, case .global(let name) = storage {
            let box = environment.box(name)
            return { _, v in box.value = v }
        }
        let change = modify(lvalue)
        return { rt, v in try change(rt) { $0 = v } }
    }

    func checkedIndex(_ index: Value, count: Int, range: SourceRange) throws -> Int {
        guard case .int(let i) = index else { throw fail(.indexNotInt(index.type), range) }
        guard i >= 0 && i < count else { throw fail(.indexOutOfRange(i, count: count), range) }
        return i
    }
}
