extension Vocabulary {
    /// Whether `name` names a type the notebook can call static functions on (`Dataset.csv`).
    public func isTypeName(_ name: String) -> Bool {
        types[name] != nil || declarations.contains { ($0.kind == .staticFunction || $0.kind == .staticProperty) && $0.owner == name }
    }

    /// Every global function name, type name and enum name (for did-you-mean).
    public var globalNames: [String] {
        var names = Set(declarations.filter { $0.kind == .function }.map(\.name))
        names.formUnion(types.keys)
        names.formUnion(declarations.filter { $0.kind == .staticFunction }.compactMap(\.owner))
        return names.sorted()
    }

    /// Static functions named `name` on `type`.
    public func staticFunctions(named name: String, of type: String) -> [Declaration] {
        declarations.filter { $0.kind == .staticFunction && $0.name == name && $0.owner == type }
    }

    public func staticFunctionNames(of type: String) -> [String] {
        declarations.filter { $0.kind == .staticFunction && $0.owner == type }.map(\.name)
    }

    /// The enum a parameter of this type expects a leading-dot case from, if any.
    public func enumDeclaration(for type: FolioType) -> EnumDeclaration? {
        switch type {
        case .named(let n): return enums[n]
        case .optional(let t): return enumDeclaration(for: t)
        case .oneOf(let ts):
            for t in ts { if let e = enumDeclaration(for: t) { return e } }
            return nil
        default: return nil
        }
    }

    /// The vocabulary owner name of a static type: "Array" for `[Int]`, "Dataset" for `.named("Dataset")`.
    public static func ownerName(of type: FolioType) -> String? {
        switch type {
        case .int: return "Int"
        case .double: return "Double"
        case .string: return "String"
        case .bool: return "Bool"
        case .array: return "Array"
        case .tuple: return "Tuple"
        case .named(let n): return n
        case .optional(let t): return ownerName(of: t)
        case .function: return "Function"
        case .dictionary: return "Dictionary"
        case .range: return "Range"
        case .labelled(_, let t): return ownerName(of: t)
        case .any, .void, .oneOf: return nil
        }
    }
}

extension FolioType {
    /// The placeholder the core vocabulary uses for an array's element type (`first`, `sorted()`).
    public static let element = FolioType.named("Element")

    /// This type with `Element` replaced by a concrete element type.
    public func substitutingElement(_ element: FolioType) -> FolioType {
        switch self {
        case .named("Element"): return element
        case .array(let t): return .array(t.substitutingElement(element))
        case .tuple(let ts): return .tuple(ts.map { $0.substitutingElement(element) })
        case .labelled(let label, let t): return .labelled(label, t.substitutingElement(element))
        case .optional(let t): return .optional(t.substitutingElement(element))
        case .oneOf(let ts): return .oneOf(ts.map { $0.substitutingElement(element) })
        case .function(let ps, let r): return .function(ps.map { $0.substitutingElement(element) }, r.substitutingElement(element))
        case .dictionary(let k, let v): return .dictionary(k.substitutingElement(element), v.substitutingElement(element))
        default: return self
        }
    }

    /// The element type of an array type (`.any` for anything else).
    public var elementType: FolioType {
        if case .array(let t) = self { return t }
        return .any
    }

    var isNumeric: Bool { self == .int || self == .double }
}

extension Parameter.DefaultValue {
    /// The argument may be left out and then has no value; the same as `.none`, but `default: .none`
    /// would read as Swift's `Optional.none` (a required parameter), so declarations write `default: .absent`.
    public static var absent: Parameter.DefaultValue { Parameter.DefaultValue.none }
}

extension Vocabulary {
    /// `FolioType.accepts`, plus conformance between host types: a `Sequential` is accepted where
    /// a `Model` is expected when the vocabulary declares `Sequential` conforming to `Model`.
    public func accepts(_ expected: FolioType, _ actual: FolioType) -> Bool {
        if expected.accepts(actual) { return true }
        switch (expected, actual) {
        case (.named(let e), .named(let a)): return ownerChain(of: a).contains(e)
        case (.optional(let t), _): return accepts(t, actual)
        case (.oneOf(let ts), _): return ts.contains { accepts($0, actual) }
        case (_, .oneOf(let ts)): return ts.allSatisfy { accepts(expected, $0) }
        case (.array(let a), .array(let b)): return accepts(a, b)
        case (.tuple(let a), .tuple(let b)): return a.count == b.count && zip(a, b).allSatisfy { accepts($0, $1) }
        default: return false
        }
    }
}
