/// A function value: a `func` of the notebook, a closure, or an operator or vocabulary function
/// used as a value. Vocabulary implementations receive closure arguments as these and call them
/// back with `call(_:)`; an error inside the closure stops the cell at the closure's line.
public final class FunctionValue: CustomStringConvertible {
    /// The name shown in messages (`fib`, `closure`, `+`).
    public let name: String
    /// The static type, `(Int) -> Int`.
    public let type: FolioType
    private let body: ([Value]) throws -> Value
    /// For a `func` or closure of the notebook: its compiled body and captured boxes, so calls from
    /// notebook code skip building an argument array.
    var compiled: (CompiledFunction, [Box])?

    public init(name: String, type: FolioType, body: @escaping ([Value]) throws -> Value) {
        self.name = name
        self.type = type
        self.body = body
    }

    /// How many arguments the function takes.
    public var arity: Int {
        if case .function(let parameters, _) = type { return parameters.count }
        return 0
    }

    /// Calls the function with its arguments in order.
    public func call(_ arguments: [Value]) throws -> Value { try body(arguments) }

    /// Calls a one-argument function (what `map` and `filter` do for every element) without building an array.
    public func call(_ argument: Value) throws -> Value {
        if let single { return try single(argument) }
        return try body([argument])
    }

    var single: ((Value) throws -> Value)?

    /// Swift prints a function value as its type: `(Function)`.
    public var description: String { "(Function)" }
}
