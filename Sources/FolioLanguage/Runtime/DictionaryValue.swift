/// A dictionary value with Swift's value semantics. Keys keep their insertion order, so printing
/// and iterating are deterministic (Swift's own order is unspecified; see "Differences from Swift").
public struct DictionaryValue: CustomStringConvertible {
    public private(set) var keys: [Value] = []
    public private(set) var values: [Value] = []
    private var positions: [Key: Int] = [:]

    /// The hashable form of a key value (Int, Double, String, Bool).
    enum Key: Hashable {
        case int(Int), double(Double), string(String), bool(Bool)
        init?(_ value: Value) {
            switch value {
            case .int(let v): self = .int(v)
            case .double(let v): self = .double(v)
            case .string(let v): self = .string(v)
            case .bool(let v): self = .bool(v)
            default: return nil
            }
        }
    }

    public init() {}

    /// Whether values of this type can be dictionary keys.
    public static func isKey(_ value: Value) -> Bool { Key(value) != nil }

    public var count: Int { keys.count }

    public subscript(key: Value) -> Value? {
        guard let k = Key(key), let i = positions[k] else { return nil }
        return values[i]
    }

    /// Sets or (with nil) removes the value for a key; keys that are not hashable are ignored.
    public mutating func set(_ key: Value, _ value: Value?) {
        guard let k = Key(key) else { return }
        if let i = positions[k] {
            if let value {
                values[i] = value
            } else {
                keys.remove(at: i)
                values.remove(at: i)
                positions = [:]
                for (j, key) in keys.enumerated() { if let kk = Key(key) { positions[kk] = j } }
            }
        } else if let value {
            positions[k] = keys.count
            keys.append(key)
            values.append(value)
        }
    }

    /// `(key, value)` pairs in order.
    public var pairs: [(Value, Value)] { Array(zip(keys, values)) }

    public var description: String {
        if keys.isEmpty { return "[:]" }
        return "[" + zip(keys, values).map { $0.debugText + ": " + $1.debugText }.joined(separator: ", ") + "]"
    }

    static func == (a: DictionaryValue, b: DictionaryValue) -> Bool {
        guard a.count == b.count else { return false }
        for (k, v) in zip(a.keys, a.values) {
            guard let other = b[k], RuntimeOperators.equal(v, other) else { return false }
        }
        return true
    }
}
