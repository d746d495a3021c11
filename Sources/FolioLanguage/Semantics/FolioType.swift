/// The static types the checker knows. Host types (Dataset, Model, Layer, …) are `.named`.
public indirect enum FolioType: Hashable, Sendable, CustomStringConvertible {
    case int, double, string, bool, void
    /// Accepts anything; used where the checker cannot know more.
    case any
    case array(FolioType)
    case tuple([FolioType])
    /// An element of a labelled tuple type, `name: String` in `(name: String, acc: Double)`.
    case labelled(String, FolioType)
    /// A host type declared in the vocabulary ("Dataset", "Model") or an enum ("Activation").
    case named(String)
    /// Any one of these (e.g. a label column given as an index or a name).
    case oneOf([FolioType])
    /// An optional value: the argument may be left out or written `nil`.
    case optional(FolioType)
    /// A function or closure: `(Int) -> Bool`. A vocabulary parameter of this type takes a closure
    /// the implementation calls back with `Call.function(_:)`.
    case function([FolioType], FolioType)
    /// A dictionary: `[String: Double]`.
    case dictionary(FolioType, FolioType)
    /// A range of its bound type: `Range<Int>` (`0..<3`) or `ClosedRange<Int>` (`1...5`).
    case range(FolioType, closed: Bool)

    /// A dictionary's element, `(key: Key, value: Value)` as Swift labels it.
    public static func keyValuePair(_ key: FolioType, _ value: FolioType) -> FolioType {
        .tuple([.labelled("key", key), .labelled("value", value)])
    }

    /// The type without a tuple element's label.
    public var unlabelled: FolioType {
        if case .labelled(_, let t) = self { return t }
        return self
    }

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
        case .labelled(let label, let t): return "\(label): \(t)"
        case .oneOf(let ts): return ts.map(\.description).joined(separator: " or ")
        case .optional(let t):
            if case .function = t { return "(\(t))?" }
            return "\(t)?"
        case .function(let ps, let r): return "(" + ps.map(\.description).joined(separator: ", ") + ") -> \(r)"
        case .dictionary(let k, let v): return "[\(k): \(v)]"
        case .range(let t, let closed): return (closed ? "ClosedRange<" : "Range<") + t.description + ">"
        }
    }

    /// Whether a value of type `other` may be passed where `self` is expected.
    /// Int literals promote to Double, as Swift does for literals.
    public func accepts(_ other: FolioType) -> Bool {
        if self == other { return true }
        switch (self, other) {
        case (.any, _), (_, .any): return true
        // Swift converts between a labelled and an unlabelled tuple, not between different labels.
        case (.labelled(let a, let t), .labelled(let b, let u)): return a == b && t.accepts(u)
        case (.labelled(_, let t), _): return t.accepts(other)
        case (_, .labelled(_, let u)): return accepts(u)
        case (.double, .int): return true
        case (.optional(let t), _): return other == .void || t.accepts(other)
        case (.oneOf(let ts), _): return ts.contains { $0.accepts(other) }
        case (_, .oneOf(let ts)): return ts.allSatisfy { self.accepts($0) }
        case (.array(let a), .array(let b)): return a.accepts(b)
        case (.tuple(let a), .tuple(let b)): return a.count == b.count && zip(a, b).allSatisfy { $0.accepts($1) }
        case (.dictionary(let k1, let v1), .dictionary(let k2, let v2)): return k1.accepts(k2) && v1.accepts(v2)
        case (.range(let a, let c1), .range(let b, let c2)): return c1 == c2 && (a == .any || b == .any)
        case (.function(let p1, let r1), .function(let p2, let r2)):
            return p1.count == p2.count && zip(p1, p2).allSatisfy { $1.accepts($0) } && (r1 == .void || r1.accepts(r2))
        default: return false
        }
    }
}
