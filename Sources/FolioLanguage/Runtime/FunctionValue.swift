/// A function value: a `func` of the notebook, a closure, or an operator or vocabulary function
/// used as a value. Vocabulary implementations receive closure arguments as these and call them
/// back with `call(_:)`; an error inside the closure stops the cell at the closure's line.
public final class FunctionValue: CustomStringConvertible {
    /// The name shown in messages (`fib`, `closure`, `+`).
    public let name: String
    /// The static type, `(Int) -> Int`.
    public let type: FolioType
    /// An operator or vocabulary function used as a value.
    private let body: (([Value]) throws -> Value)?
    /// For a `func` or closure of the notebook: its compiled body, the boxes it captured and how
    /// it reaches its session's runtime (calls from notebook code go straight to `code`, which
    /// `compiled` keeps alive: a call uses it without reference counting).
    private let compiled: CompiledFunction?
    let code: CodeReference?
    let captures: [Box]
    private let handle: RuntimeHandle?

    public init(name: String, type: FolioType, body: @escaping ([Value]) throws -> Value) {
        self.name = name
        self.type = type
        self.body = body
        compiled = nil
        code = nil
        captures = []
        handle = nil
    }

    init(name: String, type: FolioType, code: CompiledFunction, captures: [Box], handle: RuntimeHandle) {
        self.name = name
        self.type = type
        body = nil
        compiled = code
        self.code = CodeReference(code)
        self.captures = captures
        self.handle = handle
    }

    /// How many arguments the function takes.
    public var arity: Int {
        if case .function(let parameters, _) = type { return parameters.count }
        return 0
    }

    /// The runtime a compiled function runs on, borrowed for the call. A function kept by a
    /// vocabulary object may outlive its session; calling it then is an error, not a crash.
    @inline(__always)
    private func onRuntime(_ body: (Runtime) throws -> Value) throws -> Value {
        guard let runtime = handle?.runtime else { throw RuntimeError("this function's notebook session has ended") }
        return try runtime._withUnsafeGuaranteedRef(body)
    }

    /// Calls the function with its arguments in order.
    public func call(_ arguments: [Value]) throws -> Value {
        if let code { return try onRuntime { try $0.invoke(Unmanaged.passUnretained(self), code, arguments: arguments) } }
        return try body?(arguments) ?? .void
    }

    /// Calls a one-argument function (what `map` and `filter` do for every element) without building an array.
    public func call(_ argument: Value) throws -> Value {
        if let code { return try onRuntime { try $0.invoke(Unmanaged.passUnretained(self), code, argument) } }
        return try body?([argument]) ?? .void
    }

    /// Calls a one-argument function on each element in order, handing `receive` each element and
    /// its result (what `map` and `filter` do): a notebook closure runs all the calls in one frame.
    public func callEach(_ items: [Value], _ receive: (_ item: Value, _ result: Value) throws -> Void) throws {
        guard let code else {
            for item in items { try receive(item, try call(item)) }
            return
        }
        try onRuntime { runtime in
            try runtime.invokeEach(Unmanaged.passUnretained(self), code, items, receive)
            return .void
        }
    }

    /// Calls a two-argument function (a comparator, a `reduce` step) without building an array.
    public func call(_ first: Value, _ second: Value) throws -> Value {
        if let code { return try onRuntime { try $0.invoke(Unmanaged.passUnretained(self), code, first, second) } }
        return try body?([first, second]) ?? .void
    }

    /// Swift prints a function value as its type: `(Function)`.
    public var description: String { "(Function)" }
}
