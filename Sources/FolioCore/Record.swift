/// A named result a cell measured, `record("accuracy", 0.97)`: shown as a small line in the
/// report and collected by `folio sweep` from every point's run. It travels as an `Output`, so a
/// cell that comes from the cache yields its records too.
public struct Record: Hashable, Codable, Sendable {
    public enum Value: Hashable, Codable, Sendable {
        case int(Int)
        case double(Double)
        case string(String)

        /// The number, for charts and for choosing the best point; nil for text.
        public var number: Double? {
            switch self {
            case .int(let i): return Double(i)
            case .double(let d): return d
            case .string: return nil
            }
        }

        /// As Swift's `print` writes it (`64`, `0.97`, `1.0`, `adam`).
        public var text: String {
            switch self {
            case .int(let i): return String(i)
            case .double(let d): return "\(d)"
            case .string(let s): return s
            }
        }
    }

    public var name: String
    public var value: Value

    public init(name: String, value: Value) {
        self.name = name
        self.value = value
    }
}
