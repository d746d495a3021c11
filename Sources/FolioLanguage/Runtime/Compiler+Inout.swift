import FolioCore

extension Compiler {
    /// A call of a `func` with inout parameters: the function returns `(result, final values…)`,
    /// and each final value is stored back into the variable the caller passed with `&`.
    func inoutCall(_ call: CheckedExpr, writeBacks: [LValue]) -> Evaluate {
        let run = compile(call)
        let stores = writeBacks.map(store)
        return { rt in
            guard case .tuple(let values) = try run(rt), values.count == stores.count + 1 else {
                throw RuntimeError("a function with inout parameters returned no final values")
            }
            for (set, value) in zip(stores, values.dropFirst()) { try set(rt, value) }
            return values[0]
        }
    }
}
