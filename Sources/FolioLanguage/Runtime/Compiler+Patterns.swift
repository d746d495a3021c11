import FolioCore

/// What `fallthrough` throws: the switch running the case goes on with the next case's body.
struct FallthroughSignal: Error {}

/// What `break label` and `continue label` throw: the labelled statement catches it. (The
/// checker only accepts a label of a statement around the jump in the same function, so it
/// always has a catcher, and never crosses a call.)
struct LabelledJump: Error {
    let label: Int
    let isContinue: Bool
}

extension Compiler {
    /// A case pattern (with its `where` condition) as a test of the switch's value; a test that
    /// passes has bound the pattern's names.
    func casePattern(_ pattern: CheckedCasePattern, where condition: CheckedExpr?) -> (Value, Runtime) throws -> Bool {
        let matches = casePattern(pattern)
        guard let condition else { return matches }
        let test = compile(condition)
        return { v, rt in try matches(v, rt) && Compiler.truth(try test(rt)) }
    }

    private func casePattern(_ pattern: CheckedCasePattern) -> (Value, Runtime) throws -> Bool {
        switch pattern {
        case .equals(let e):
            let p = compile(e)
            return { v, rt in RuntimeOperators.equal(v, try p(rt)) }
        case .range(let lower, let upper, let closed):
            let l = lower.map(compile), u = upper.map(compile)
            return { v, rt in
                if let l, !(try Compiler.compare(try l(rt), v, orEqual: true)) { return false }
                if let u, !(try Compiler.compare(v, try u(rt), orEqual: closed)) { return false }
                return true
            }
        case .bind(let storage):
            let set = bind(storage, mutable: false)
            return { v, rt in set(rt, v); return true }
        case .anything:
            return { _, _ in true }
        case .tuple(let elements):
            let parts = elements.map(casePattern)
            return { v, rt in
                guard case .tuple(let values) = v, values.count == parts.count else { return false }
                for (part, value) in zip(parts, values) where !(try part(value.unlabelled, rt)) { return false }
                return true
            }
        case .some(let inner):
            let matches = casePattern(inner)
            return { v, rt in
                switch v {
                case .optional(let wrapped?): return try matches(wrapped, rt)
                case .optional(nil), .void: return false
                default: return try matches(v, rt)
                }
            }
        }
    }

    /// Runs the body of case `first`, and of the cases after it while they end in `fallthrough`.
    static func runCase(_ first: Int, of bodies: [Execute], _ rt: Runtime) throws -> Flow {
        var k = first
        while true {
            do {
                let flow = try bodies[k](rt)
                return flow == .breakLoop ? .normal : flow
            } catch is FallthroughSignal where k + 1 < bodies.count {
                k += 1
            }
        }
    }

    /// The body of a labelled statement, ending where a jump names its label.
    func jumpTarget(label: Int, isLoopBody: Bool, _ body: [CheckedStmt]) -> Execute {
        let run = block(body)
        return { rt in
            do {
                return try run(rt)
            } catch let jump as LabelledJump where jump.label == label {
                guard isLoopBody else { return .normal }
                return jump.isContinue ? .continueLoop : .breakLoop
            }
        }
    }
}
