import FolioCore

/// Calls of function values (`func`s, closures, operators used as values). Calls of up to two
/// arguments evaluate each argument straight into the callee's frame from a closure of their own,
/// with no argument array, and a top-level `func` is called without reference counting.
extension Compiler {
    func callValue(_ calleeExpr: CheckedExpr, _ arguments: [CheckedExpr], range: SourceRange) -> Evaluate {
        let read = compile(calleeExpr)
        // An immutable global (a top-level `func`) is used straight from its box, which the
        // session's environment keeps.
        var global: Unmanaged<GlobalBox>?
        if case .variable(.global(let name), _) = calleeExpr.kind { global = Unmanaged.passUnretained(environment.box(name)) }
        // Each argument's closure is compiled on its own: one taken out of an array (or an optional)
        // would be wrapped in reabstraction thunks, two extra calls each time it runs.
        switch arguments.count {
        case 1:
            let a = compile(arguments[0])
            return { rt in
                try self.withFunction(global, read, rt, range) { f, code in
                    guard let code else {
                        let x = try a(rt)
                        return try self.located(range) { try f.takeUnretainedValue().call(x) }
                    }
                    return try rt.call(f, code, a)
                }
            }
        case 2:
            let a = compile(arguments[0]), b = compile(arguments[1])
            return { rt in
                try self.withFunction(global, read, rt, range) { f, code in
                    guard let code else {
                        let x = try a(rt), y = try b(rt)
                        return try self.located(range) { try f.takeUnretainedValue().call(x, y) }
                    }
                    return try rt.call(f, code, a, b)
                }
            }
        default:
            let values = arguments.map(compile)
            return { rt in
                try self.withFunction(global, read, rt, range) { f, code in
                    guard let code else {
                        let argumentValues = try values.map { try $0(rt) }
                        return try self.located(range) { try f.takeUnretainedValue().call(argumentValues) }
                    }
                    return try rt.call(f, code, arguments: values)
                }
            }
        }
    }

    /// Runs `body` with the called function (kept alive meanwhile) and, for a `func` or closure of
    /// the notebook, its compiled code; a call nesting too deep fails at this call.
    @inline(__always)
    private func withFunction(_ global: Unmanaged<GlobalBox>?, _ read: Evaluate, _ rt: Runtime, _ range: SourceRange,
                              _ body: (Unmanaged<FunctionValue>, CodeReference?) throws -> Value) throws -> Value {
        do {
            if let global, let f = global._withUnsafeGuaranteedRef({ $0.immutableFunction }) {
                return try body(f, f._withUnsafeGuaranteedRef { $0.code })
            }
            guard case .function(let function) = try read(rt) else { throw fail(.notCallable, range) }
            return try withExtendedLifetime(function) { try body(Unmanaged.passUnretained(function), function.code) }
        } catch is StackExhausted {
            throw fail(.recursionTooDeep(Runtime.maximumDepth), range)
        }
    }
}
