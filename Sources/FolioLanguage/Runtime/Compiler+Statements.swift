import FolioCore

extension Compiler {
    /// Closures joined in a balanced tree, not a loop over an array of them: a closure taken out
    /// of an array is wrapped in reabstraction thunks, two extra calls each time it runs.
    func block(_ statements: [CheckedStmt]) -> Execute {
        block(statements[...])
    }

    private func block(_ statements: ArraySlice<CheckedStmt>) -> Execute {
        guard let first = statements.first else { return { _ in .normal } }
        if statements.count == 1 { return compile(first) }
        let middle = statements.startIndex + statements.count / 2
        let head = block(statements[..<middle]), tail = block(statements[middle...])
        return { rt in
            let flow = try head(rt)
            if flow != .normal { return flow }
            return try tail(rt)
        }
    }

    private func stepBudgetExceeded(_ range: SourceRange) -> () -> Failure {
        let budget = context.stepBudget
        return { self.fail(.stepBudget(budget), SourceRange(range.start, range.start)) }
    }

    func compile(_ statement: CheckedStmt) -> Execute {
        let range = statement.range
        switch statement.kind {
        case .expression(let expr, let show):
            let e = compile(expr)
            if show { return { rt in rt.sink.show(try e(rt)); return .normal } }
            return { rt in _ = try e(rt); return .normal }
        case .bind(let pattern, let value, let mutable):
            let v = compile(value)
            let set = bind(pattern, mutable: mutable)
            return { rt in try set(rt, try v(rt)); return .normal }
        case .assign(let target, let value):
            let v = compile(value)
            let set = store(target)
            return { rt in try set(rt, try v(rt)); return .normal }
        case .forRange(let pattern, let lower, let upper, let closed, let whereClause, let body):
            let lo = compile(lower), hi = compile(upper)
            let set = bind(pattern, mutable: false)
            let filter = self.filter(whereClause)
            let run = block(body)
            let budget = stepBudgetExceeded(range)
            let opRange = lower.range.to(upper.range)
            return { rt in
                guard case .int(let a) = try lo(rt), case .int(let b) = try hi(rt) else { throw self.fail(.rangeNeedsInts, opRange) }
                if b < a { throw self.fail(.rangeBounds(a, b), opRange) }
                if !closed && b == a { return .normal }  // (b - 1 would overflow for Int.min)
                let end = closed ? b : b - 1
                if end < a { return .normal }
                for i in a...end {
                    try rt.countStep(budget)
                    try set(rt, .int(i))
                    if let filter, !(try filter(rt)) { continue }
                    switch try run(rt) {
                    case .breakLoop: return .normal
                    case .returned: return .returned
                    default: continue
                    }
                }
                return .normal
            }
        case .forEach(let pattern, let sequence, let kind, let whereClause, let body):
            let s = compile(sequence)
            let set = bind(pattern, mutable: false)
            let filter = self.filter(whereClause)
            let run = block(body)
            let budget = stepBudgetExceeded(range)
            return { rt in
                let value = try s(rt)
                let elements: [Value]
                switch (kind, value) {
                case (.array, .array(let items)): elements = items
                case (.string, .string(let text)): elements = text.map { .string(String($0)) }
                case (.dictionary, .dictionary(let d)): elements = d.pairs.map { .keyValuePair($0.0, $0.1) }
                case (_, .array(let items)): elements = items
                default: throw self.fail(.cannotLoop(value.type), sequence.range)
                }
                for element in elements {
                    try rt.countStep(budget)
                    try set(rt, element)
                    if let filter, !(try filter(rt)) { continue }
                    switch try run(rt) {
                    case .breakLoop: return .normal
                    case .returned: return .returned
                    default: continue
                    }
                }
                return .normal
            }
        case .ifElse(let conditions, let then, let otherwise):
            let test = self.conditions(conditions)
            let a = block(then)
            let b = block(otherwise ?? [])
            if conditions.count == 1, case .expression(let e) = conditions[0], let comparison = intComparison(e) {
                return { rt in try comparison.holds(rt) ? try a(rt) : try b(rt) }
            }
            return { rt in try test(rt) ? try a(rt) : try b(rt) }
        case .guardElse(let conditions, let otherwise):
            let test = self.conditions(conditions)
            let b = block(otherwise)
            return { rt in try test(rt) ? .normal : try b(rt) }
        case .whileLoop(let conditions, let body):
            let test = self.conditions(conditions)
            let run = block(body)
            let budget = stepBudgetExceeded(range)
            return { rt in
                while try test(rt) {
                    try rt.countStep(budget)
                    switch try run(rt) {
                    case .breakLoop: return .normal
                    case .returned: return .returned
                    default: continue
                    }
                }
                return .normal
            }
        case .repeatWhile(let body, let condition):
            let run = block(body)
            let test = self.test(condition)
            let budget = stepBudgetExceeded(range)
            return { rt in
                repeat {
                    try rt.countStep(budget)
                    switch try run(rt) {
                    case .breakLoop: return .normal
                    case .returned: return .returned
                    default: break
                    }
                } while try test(rt)
                return .normal
            }
        case .switchOver(let subject, let cases):
            return switchOver(subject, cases)
        case .declareFunction(let storage, let code):
            let compiled = compileFunction(code)
            let boxes = captureBoxes(code)
            let type = code.type
            if case .local(let local) = storage, local.isCaptured {
                // The function may call itself: its own box exists before its captures are taken.
                let slot = local.slot
                return { rt in
                    let own = Box(.void)
                    rt.stack[rt.base + slot] = .object(own)
                    own.value = .function(rt.functionValue(compiled, type: type, captures: boxes(rt)))
                    return .normal
                }
            }
            let set = bind(storage, mutable: false)
            return { rt in
                set(rt, .function(rt.functionValue(compiled, type: type, captures: boxes(rt))))
                return .normal
            }
        case .returnValue(let value):
            guard let value else { return { _ in .returned } }
            let v = compile(value)
            return { rt in
                rt.returnValue = try v(rt)
                return .returned
            }
        case .breakLoop: return { _ in .breakLoop }
        case .continueLoop: return { _ in .continueLoop }
        case .jumpTarget(let label, let isLoopBody, let body): return jumpTarget(label: label, isLoopBody: isLoopBody, body)
        case .jump(let label, let isContinue): return { _ in throw LabelledJump(label: label, isContinue: isContinue) }
        case .fallthroughCase: return { _ in throw FallthroughSignal() }
        }
    }

    /// A loop's `where` clause. (Not `whereClause.map(test)`: a closure made by a generic
    /// function is wrapped in reabstraction thunks.)
    private func filter(_ whereClause: CheckedExpr?) -> Test? {
        guard let whereClause else { return nil }
        let filter: Test = test(whereClause)
        return filter
    }

    /// The conditions of an `if`, `while` or `guard`, joined as a chain (see `block`).
    private func conditions(_ conditions: [CheckedCondition]) -> Test {
        guard let first = conditions.first else { return { _ in true } }
        let head = condition(first)
        if conditions.count == 1 { return head }
        let rest = self.conditions(Array(conditions.dropFirst()))
        return { rt in try head(rt) ? try rest(rt) : false }
    }

    private func condition(_ condition: CheckedCondition) -> Test {
        switch condition {
        case .expression(let e):
            return test(e)
        case .matches(let pattern, let e):
            let v = compile(e)
            let matches = casePattern(pattern, where: nil)
            return { rt in try matches(try v(rt), rt) }
        case .unwrap(let storage, let e):
            let v = compile(e)
            let set = bind(storage, mutable: false)
            return { rt in
                switch try v(rt) {
                case .optional(let inner?): set(rt, inner); return true
                case .optional(nil), .void: return false
                case let other: set(rt, other); return true
                }
            }
        }
    }

    private func switchOver(_ subject: CheckedExpr, _ cases: [CheckedCase]) -> Execute {
        let value = compile(subject)
        let tests: [[(Value, Runtime) throws -> Bool]] = cases.map { c in zip(c.patterns, c.guards).map { casePattern($0, where: $1) } }
        let bodies = cases.map { block($0.body) }
        return { rt in
            let v = try value(rt)
            for (k, patterns) in tests.enumerated() {
                var matched = patterns.isEmpty
                for p in patterns where try p(v, rt) { matched = true; break }
                if matched { return try Compiler.runCase(k, of: bodies, rt) }
            }
            return .normal
        }
    }

    static func compare(_ a: Value, _ b: Value, orEqual: Bool) throws -> Bool {
        if case .bool(let r) = try RuntimeOperators.binary(orEqual ? "<=" : "<", a, b) { return r }
        return false
    }
}
