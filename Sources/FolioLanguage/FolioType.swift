/// The static types the checker knows. Host types (Dataset, Model, Layer, …) are `.named`.
public indirect enum FolioType: Hashable, Sendable, CustomStringConvertible {
    case int, double, string, bool, void
    /// Accepts anything; used where the checker cannot know more.
    case any
    case array(FolioType)
    case tuple([FolioType])
    /// A host type declared in the vocabulary ("Dataset", "Model") or an enum ("Activation").
    case named(String)
    /// Any one of these (e.g. a label column given as an index or a name).
    case oneOf([FolioType])
    /// An optional value: the argument may be left out or written `nil`.
    case optional(FolioType)

    public var description: String {
        switch self {
        case .int: return "Int"
        case .double: return "Double"
        case .string: return "String"
        case .bool: return "Bool"
        case .void: return "Void"
        case .any: return "Any"
        case .array(let t): return "[\(t)]"
        case .tuple(let ts): return "(" + ts.map(\.description).joined(separator: ", ") + ")"
        case .named(let n): return n
        case .oneOf(let ts): return ts.map(\.description).joined(separator: " or ")
        case .optional(let t): return "\(t)?"
        }
    }

    /// Whether a value of type `other` may be passed where `self` is expected.
    /// Int literals promote to Double, as Swift does for literals.
    public func accepts(_ other: FolioType) -> Bool {
        if self == other { return true }
        switch (self, other) {
        case (.any, _), (_, .any): return true
        case (.double, .int): return true
        case (.optional(let t), _): return other == .void || t.accepts(other)
        case (.oneOf(let ts), _): return ts.contains { $0.accepts(other) }
        case (_, .oneOf(let ts)): return ts.allSatisfy { self.accepts($0) }
        case (.array(let a), .array(let b)): return a.accepts(b)
        case (.tuple(let a), .tuple(let b)): return a.count == b.count && zip(a, b).allSatisfy { $0.accepts($1) }
        default: return false
        }
    }
}
