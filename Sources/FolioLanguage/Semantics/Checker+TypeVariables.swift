import FolioCore

/// The generic element types of collection methods (`Element`, `Key`, `Value`, `Result`): binding
/// them from a receiver or an argument, and substituting them into a declaration's types.
extension Checker {
    static let typeVariables: Set<String> = ["Element", "Key", "Value", "Result"]

    func typeVariableName(_ type: FolioType) -> String {
        if case .named(let n) = type { return n }
        return ""
    }

    func isTypeVariable(_ type: FolioType) -> Bool {
        if case .named(let n) = type { return Checker.typeVariables.contains(n) }
        return false
    }

    func containsTypeVariable(_ type: FolioType) -> Bool {
        switch type {
        case .named(let n): return Checker.typeVariables.contains(n)
        case .array(let t), .optional(let t), .labelled(_, let t): return containsTypeVariable(t)
        case .dictionary(let k, let v): return containsTypeVariable(k) || containsTypeVariable(v)
        case .tuple(let ts), .oneOf(let ts): return ts.contains(where: containsTypeVariable)
        case .function(let ps, let r): return ps.contains(where: containsTypeVariable) || containsTypeVariable(r)
        default: return false
        }
    }

    /// The type variables a receiver fixes: an array's `Element`, a dictionary's `Key` and `Value`.
    func receiverBindings(_ type: FolioType) -> [String: FolioType] {
        switch type {
        case .array(let e): return ["Element": e]
        case .dictionary(let k, let v): return ["Key": k, "Value": v, "Element": .keyValuePair(k, v)]
        case .string: return ["Element": .string]
        case .range(let bound, _): return ["Element": bound]
        case .optional(let wrapped): return ["Element": wrapped]
        default: return [:]
        }
    }

    func substitute(_ type: FolioType, bindings: [String: FolioType]) -> FolioType {
        switch type {
        case .named(let n) where Checker.typeVariables.contains(n): return bindings[n] ?? .any
        case .array(let t): return .array(substitute(t, bindings: bindings))
        case .optional(let t): return .optional(substitute(t, bindings: bindings))
        case .dictionary(let k, let v): return .dictionary(substitute(k, bindings: bindings), substitute(v, bindings: bindings))
        case .tuple(let ts): return .tuple(ts.map { substitute($0, bindings: bindings) })
        case .labelled(let label, let t): return .labelled(label, substitute(t, bindings: bindings))
        case .oneOf(let ts): return .oneOf(ts.map { substitute($0, bindings: bindings) })
        case .function(let ps, let r): return .function(ps.map { substitute($0, bindings: bindings) }, substitute(r, bindings: bindings))
        default: return type
        }
    }

    /// Like `substitute`, but type variables not bound yet stay in place (for closures still to check).
    func partiallySubstitute(_ type: FolioType, bindings: [String: FolioType]) -> FolioType {
        switch type {
        case .named(let n) where Checker.typeVariables.contains(n): return bindings[n] ?? type
        case .array(let t): return .array(partiallySubstitute(t, bindings: bindings))
        case .optional(let t): return .optional(partiallySubstitute(t, bindings: bindings))
        case .dictionary(let k, let v): return .dictionary(partiallySubstitute(k, bindings: bindings), partiallySubstitute(v, bindings: bindings))
        case .tuple(let ts): return .tuple(ts.map { partiallySubstitute($0, bindings: bindings) })
        case .labelled(let label, let t): return .labelled(label, partiallySubstitute(t, bindings: bindings))
        case .function(let ps, let r): return .function(ps.map { partiallySubstitute($0, bindings: bindings) }, partiallySubstitute(r, bindings: bindings))
        default: return type
        }
    }

    /// Matches an argument's type against a parameter type, binding type variables.
    func unify(_ pattern: FolioType, _ actual: FolioType, _ bindings: inout [String: FolioType]) -> Bool {
        if actual == .any { return true }
        if case .labelled(_, let inner) = pattern { return unify(inner, actual.unlabelled, &bindings) }
        if case .labelled(_, let inner) = actual { return unify(pattern, inner, &bindings) }
        switch pattern {
        case .named(let n) where Checker.typeVariables.contains(n):
            if let bound = bindings[n], bound != .any {
                if vocabulary.accepts(bound, actual) { return true }
                if bound.isNumeric && actual.isNumeric { bindings[n] = .double; return true }
                return false
            }
            bindings[n] = actual
            return true
        case .array(let p):
            if case .array(let a) = actual { return unify(p, a, &bindings) }
            // A range of Ints is a sequence: a vocabulary parameter taking an array takes it (`Array(0..<3)`).
            if case .range(.int, _) = actual { return unify(p, .int, &bindings) }
            return false
        case .dictionary(let pk, let pv):
            if case .dictionary(let ak, let av) = actual { return unify(pk, ak, &bindings) && unify(pv, av, &bindings) }
            return false
        case .tuple(let ps):
            if case .tuple(let xs) = actual, xs.count == ps.count { return zip(ps, xs).allSatisfy { unify($0, $1, &bindings) } }
            return false
        case .optional(let p):
            if case .optional(let a) = actual { return unify(p, a, &bindings) }
            if actual == .void { return true }
            return unify(p, actual, &bindings)
        case .function(let ps, let r):
            if case .function(let xs, let ar) = actual, xs.count == ps.count {
                return zip(ps, xs).allSatisfy { unify($0, $1, &bindings) } && unify(r, ar, &bindings)
            }
            return false
        default:
            return vocabulary.accepts(substitute(pattern, bindings: bindings), actual)
        }
    }
}
