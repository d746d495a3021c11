import FolioLanguage

// Swift values to and from the vocabulary's values, for the calls in `Library`.

/// A Swift value a vocabulary parameter takes.
protocol ArgumentValue {
    var argument: Value { get }
}
extension Int: ArgumentValue { var argument: Value { .int(self) } }
extension Double: ArgumentValue { var argument: Value { .double(self) } }
extension String: ArgumentValue { var argument: Value { .string(self) } }
extension Bool: ArgumentValue { var argument: Value { .bool(self) } }
extension Array: ArgumentValue where Element: ArgumentValue { var argument: Value { .array(map(\.argument)) } }

/// An argument; nil is "not given", so the declaration's default applies.
func arg(_ v: (some ArgumentValue)?) -> Value? { v?.argument }

/// A case of a vocabulary enum, with the case's declared defaults for the arguments not given.
func enumValue(_ type: String, _ name: String, _ arguments: [String: Value] = [:]) -> Value {
    .enumCase(EnumValue(typeName: type, caseName: name, arguments: arguments))
}

extension Value {
    func asInt() throws -> Int {
        if case .int(let v) = self { return v }
        throw FolioError("expected an Int, got \(type)")
    }
    func asDouble() throws -> Double {
        switch self {
        case .double(let v): return v
        case .int(let v): return Double(v)
        default: throw FolioError("expected a Double, got \(type)")
        }
    }
    func asString() throws -> String {
        if case .string(let v) = self { return v }
        throw FolioError("expected a String, got \(type)")
    }
    func asArray() throws -> [Value] {
        if case .array(let v) = self { return v }
        throw FolioError("expected an array, got \(type)")
    }
    func asInts() throws -> [Int] { try asArray().map { try $0.asInt() } }
    func asDoubles() throws -> [Double] { try asArray().map { try $0.asDouble() } }
    func asStrings() throws -> [String] { try asArray().map { try $0.asString() } }
    func asTuple() throws -> [Value] {
        if case .tuple(let v) = self { return v }
        throw FolioError("expected a tuple, got \(type)")
    }
}

/// A table cell as the notebook language holds it: numbers, strings and Booleans as themselves,
/// anything else as its text.
func anyValue(_ cell: Any) -> Value {
    switch cell {
    case let v as Int: return .int(v)
    case let v as Double: return .double(v)
    case let v as String: return .string(v)
    case let v as Bool: return .bool(v)
    default: return .string(String(describing: cell))
    }
}
