/// The value of a notebook parameter: front matter `params:` entries and `-p name=value` overrides.
public enum ParamValue: Hashable, Sendable, CustomStringConvertible {
    case int(Int)
    case double(Double)
    case string(String)
    case bool(Bool)

    /// The value as it would be written in a cell: `3`, `0.5`, `"adam"`, `true`.
    public var description: String {
        switch self {
        case .int(let value): return String(value)
        case .double(let value): return String(value)
        case .string(let value): return "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        case .bool(let value): return value ? "true" : "false"
        }
    }

    /// The value as a person reads it in a report: strings without quotes.
    public var displayText: String {
        if case .string(let value) = self { return value }
        return description
    }

    /// The name of the kind, for messages: "Int", "Double", "String", "Bool".
    public var typeName: String {
        switch self {
        case .int: return "Int"
        case .double: return "Double"
        case .string: return "String"
        case .bool: return "Bool"
        }
    }

    /// Reads a command-line value (`-p epochs=10`). With `like`, the text must fit that kind
    /// (an Int may be given where a Double is expected); nil when it does not. Without `like`,
    /// the kind is inferred: Int, then Double, then true/false, else String.
    public static func parse(_ text: String, like existing: ParamValue? = nil) -> ParamValue? {
        switch existing {
        case .int?: return Int(text).map(ParamValue.int)
        case .double?: return Double(text).map(ParamValue.double)
        case .bool?: return parseBool(text).map(ParamValue.bool)
        case .string?: return .string(unquoted(text))
        case nil:
            if let int = Int(text) { return .int(int) }
            if let double = Double(text) { return .double(double) }
            if let bool = parseBool(text) { return .bool(bool) }
            return .string(unquoted(text))
        }
    }

    static func parseBool(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true": return true
        case "false": return false
        default: return nil
        }
    }

    static func unquoted(_ text: String) -> String {
        if text.count >= 2, let first = text.first, let last = text.last, first == last, first == "\"" || first == "'" {
            return String(text.dropFirst().dropLast())
        }
        return text
    }
}
