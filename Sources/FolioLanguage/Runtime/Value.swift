import FolioCore

/// A runtime value of the notebook language.
public enum Value: CustomStringConvertible {
    case int(Int)
    case double(Double)
    case string(String)
    case bool(Bool)
    case array([Value])
    case tuple([Value])
    /// An element of a labelled tuple, `name: "mlp"` in `(name: "mlp", acc: 0.97)`.
    indirect case labelled(String, Value)
    /// A leading-dot case such as `.relu` or `.adam(lr: 0.001)`, resolved against its enum type.
    indirect case enumCase(EnumValue)
    /// A table (shown as a table output).
    indirect case table(Table)
    /// A function or closure of the notebook (or an operator used as one, `reduce(0, +)`).
    case function(FunctionValue)
    /// A dictionary, in insertion order.
    indirect case dictionary(DictionaryValue)
    /// A value of an optional type: `nil` (`.optional(nil)`) or a wrapped value. Vocabulary
    /// implementations never see it: an optional argument arrives unwrapped, or absent when nil.
    indirect case optional(Value?)
    /// `0..<3`, `1...5`, `0.0...1.0`: a range value (Swift's `Range` and `ClosedRange`).
    indirect case range(RangeValue)
    /// Something that is only shown: a chart, an image grid, several outputs at once.
    case rendered([Output])
    /// A Swift object from the host library: a dataset, a model, a layer, a history…
    case object(any HostObject)
    case void

    public var description: String {
        switch self {
        case .int(let v): return String(v)
        case .double(let v): return Value.format(v)
        case .string(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .array(let vs): return "[" + vs.map(\.debugText).joined(separator: ", ") + "]"
        case .tuple(let vs): return "(" + vs.map(\.debugText).joined(separator: ", ") + ")"
        case .labelled(let label, let v): return label + ": " + v.debugText
        case .enumCase(let e): return e.description
        case .table(let t): return t.plainText()
        case .rendered(let outputs): return "<\(outputs.count) output(s)>"
        case .object(let o): return o.textDescription
        case .void: return "()"
        case .function(let f): return f.description
        case .dictionary(let d): return d.description
        case .optional(let v?): return "Optional(" + v.debugText + ")"
        case .optional(nil): return "nil"
        case .range(let r): return r.description
        }
    }

    /// Like `description`, but strings are quoted and escaped as Swift's `debugDescription` writes
    /// them (inside arrays, dictionaries, tuples and optionals).
    public var debugText: String {
        if case .string(let s) = self { return s.debugDescription }
        if case .range(let r) = self { return r.debugDescription }
        return description
    }

    /// Doubles print exactly as Swift prints them (shortest round-trip form; `1e+16`, `1e-05`).
    public static func format(_ v: Double) -> String {
        "\(v)"
    }

    /// A dictionary's element, printed `(key: "a", value: 1)` as Swift prints it.
    public static func keyValuePair(_ key: Value, _ value: Value) -> Value {
        .tuple([.labelled("key", key), .labelled("value", value)])
    }

    /// The value without a tuple element's label.
    public var unlabelled: Value {
        if case .labelled(_, let v) = self { return v }
        return self
    }

    /// The static type of this value, as the checker names it.
    public var type: FolioType {
        switch self {
        case .int: return .int
        case .double: return .double
        case .string: return .string
        case .bool: return .bool
        case .array(let vs): return .array(vs.first?.type ?? .any)
        case .tuple(let vs): return .tuple(vs.map(\.type))
        case .labelled(let label, let v): return .labelled(label, v.type)
        case .enumCase(let e): return .named(e.typeName)
        case .table: return .named("Table")
        case .rendered: return .named("Figure")
        case .object(let o): return .named(o.typeName)
        case .void: return .void
        case .function(let f): return f.type
        case .dictionary(let d): return .dictionary(d.keys.first?.type ?? .any, d.values.first?.type ?? .any)
        case .optional(let v?): return .optional(v.type)
        case .optional(nil): return .optional(.any)
        case .range(let r): return .range(r.lower.type, closed: r.closed)
        }
    }
}

import Foundation

/// A resolved leading-dot case: `.adam(lr: 0.001)` is `EnumValue(typeName: "Optimizer",
/// caseName: "adam", arguments: ["lr": .double(0.001)])`, with defaults filled in.
public struct EnumValue: CustomStringConvertible {
    public var typeName: String
    public var caseName: String
    public var arguments: [String: Value]

    public init(typeName: String, caseName: String, arguments: [String: Value] = [:]) {
        self.typeName = typeName
        self.caseName = caseName
        self.arguments = arguments
    }

    public var description: String {
        if arguments.isEmpty { return "." + caseName }
        let args = arguments.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.debugText)" }
        return "." + caseName + "(" + args.joined(separator: ", ") + ")"
    }
}

/// A Swift object living in the notebook's environment (dataset, model, layer, history, …).
public protocol HostObject: AnyObject {
    /// The vocabulary type name: "Dataset", "Model", "Layer", "History", "Evaluation".
    var typeName: String { get }
    /// One line for `print(x)` and string interpolation.
    var textDescription: String { get }
    /// What the report shows when the object is a cell's bare expression or an unbound call.
    func display() -> [Output]
    /// Whether methods can change the object in place (a model's `fit`). Reading an immutable
    /// object (a dataset) never changes what later cells see, which the cache relies on.
    var changesInPlace: Bool { get }
}

extension HostObject {
    public func display() -> [Output] { [.text(textDescription)] }
    public var changesInPlace: Bool { false }
}
