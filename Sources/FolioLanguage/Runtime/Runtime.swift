import FolioCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A variable captured by a closure: the closure and the scope that declared it share the box.
final class Box: HostObject {
    var value: Value
    init(_ value: Value) { self.value = value }
    var typeName: String { "Box" }
    var textDescription: String { value.description }
}

#if canImport(Glibc)
// Glibc declares it only with _GNU_SOURCE; it reports the running thread's stack bounds.
@_silgen_name("pthread_getattr_np")
private func threadAttributes(_ thread: pthread_t, _ attributes: UnsafeMutablePointer<pthread_attr_t>) -> Int32
#endif

/// How a statement ended.
enum Flow { case normal, breakLoop, continueLoop, returned }

typealias Evaluate = (Runtime) throws -> Value
typealias Execute = (Runtime) throws -> Flow

/// A compiled `func` or closure body, shared by every value made from it.
final class CompiledFunction {
    let name: String
    let parameterCount: Int
    let slotCount: Int
    let capturedParameterSlots: [Int]
    /// Runs the body in its frame and gives its result. A body that is one `return value`
    /// (`{ $0 * 2 }`, `n < 2 ? n : fib(n - 1) + fib(n - 2)`) is just that value's closure.
    let evaluate: Evaluate
    init(name: String, parameterCount: Int, slotCount: Int, capturedParameterSlots: [Int], evaluate: @escaping Evaluate) {
        self.name = name
        self.parameterCount = parameterCount
        self.slotCount = slotCount
        self.capturedParameterSlots = capturedParameterSlots
        self.evaluate = evaluate
    }
}

/// A compiled function used without reference counting: the function value being called keeps
/// it alive, and every access is a load from it (holding a strong reference across the body's
/// evaluation would cost a retain and a release per call).
struct CodeReference {
    let unmanaged: Unmanaged<CompiledFunction>

    init(_ function: CompiledFunction) { unmanaged = Unmanaged.passUnretained(function) }

    var slotCount: Int {
        @inline(__always) get { unmanaged._withUnsafeGuaranteedRef { $0.slotCount } }
    }
    var parameterCount: Int {
        @inline(__always) get { unmanaged._withUnsafeGuaranteedRef { $0.parameterCount } }
    }

    /// Moves the parameters that closures capture into boxes.
    @inline(__always)
    func boxParameters(in frame: UnsafeMutablePointer<Value>) {
        unmanaged._withUnsafeGuaranteedRef { function in
            for slot in function.capturedParameterSlots { frame[slot] = .object(Box(frame[slot])) }
        }
    }

    @inline(__always)
    func evaluate(_ rt: Runtime) throws -> Value {
        try unmanaged._withUnsafeGuaranteedRef { try $0.evaluate(rt) }
    }
}

/// The running state of a session: one value stack holding every active frame's variables (a call
/// costs no allocation), the running closure's captured boxes, the call depth and step count.
final class Runtime {
    static let maximumDepth = 10_000
    private static let capacity = 1 << 16

    let environment: Environment
    let context: RunContext
    var sink = OutputSink()
    let stack: UnsafeMutablePointer<Value>
    var base = 0
    var top = 0
    /// The function value whose body is running (its captured boxes are `running.captures`). The
    /// caller keeps that value alive for the whole call, so switching it costs no reference counting.
    var running = Unmanaged.passUnretained(Runtime.cellLevel)
    /// What `running` is while a cell's own statements run: nothing is captured there.
    private static let cellLevel = FunctionValue(name: "cell", type: .void) { _ in .void }
    var returnValue: Value = .void
    var depth = 0
    var steps = 0
    private var budget = 0
    /// Calls stop with an error this close to the end of the thread's stack, whatever its size.
    private var stackLimit: UInt = 0

    let handle = RuntimeHandle()

    init(environment: Environment, context: RunContext) {
        self.environment = environment
        self.context = context
        stack = UnsafeMutablePointer<Value>.allocate(capacity: Runtime.capacity)
        handle.runtime = Unmanaged.passUnretained(self)
        // Every slot always holds a value (void when free), so pushing a frame writes nothing and
        // popping one releases only what its slots own.
        stack.initialize(repeating: .void, count: Runtime.capacity)
    }

    deinit {
        handle.runtime = nil
        stack.deinitialize(count: Runtime.capacity)
        stack.deallocate()
    }

    /// Frees a popped frame's slots (releasing what they held).
    @inline(__always)
    private func clear(from start: Int, count: Int) {
        var i = start
        while i < start + count {
            switch stack[i] {
            // Owns nothing: overwritten without calling its destroy.
            case .int, .double, .bool, .void: (stack + i).initialize(to: .void)
            default: stack[i] = .void
            }
            i += 1
        }
    }

    /// Prepares a cell run on the current thread.
    func begin() {
        steps = 0
        budget = context.stepBudget
        stackLimit = Runtime.currentStackLimit()
    }

    private static func currentStackLimit() -> UInt {
        #if canImport(Glibc)
        var attributes = pthread_attr_t()
        guard threadAttributes(pthread_self(), &attributes) == 0 else { return 0 }
        defer { pthread_attr_destroy(&attributes) }
        var address: UnsafeMutableRawPointer?
        var size = 0
        guard pthread_attr_getstack(&attributes, &address, &size) == 0, let address else { return 0 }
        let margin = min(size / 4, 256 * 1024)
        return UInt(bitPattern: Int(bitPattern: address)) + UInt(margin)
        #else
        return 0
        #endif
    }

    @inline(__always)
    func countStep(_ fail: () -> Failure) throws {
        steps += 1
        if steps > budget { throw fail() }
    }

    /// Runs a cell's statements in a frame of `count` slots.
    func withCellFrame<T>(slots count: Int, _ body: () throws -> T) throws -> T {
        let newBase = top
        guard newBase + count < Runtime.capacity else { throw StackExhausted() }
        top = newBase + count
        let savedBase = base
        let savedRunning = running
        base = newBase
        running = Unmanaged.passUnretained(Runtime.cellLevel)
        defer {
            clear(from: newBase, count: count)
            top = newBase
            base = savedBase
            running = savedRunning
        }
        return try body()
    }

    /// The running function's n-th captured box.
    @inline(__always)
    func captured(_ i: Int) -> Box {
        running._withUnsafeGuaranteedRef { $0.captures[i] }
    }

    /// Whether one more call would nest deeper than the depth limit or the thread's stack allows.
    @inline(__always)
    private func mustStop() -> Bool {
        var marker = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        return depth >= Runtime.maximumDepth || here < stackLimit
    }

    /// Runs `function`'s body in the frame at `newBase` (its parameters already in their slots) as
    /// `value`, then pops the frame. The caller keeps `value` alive until this returns.
    @inline(__always)
    private func run(_ function: CodeReference, as value: Unmanaged<FunctionValue>, frame newBase: Int) throws -> Value {
        defer { release(frame: newBase, of: function) }
        function.boxParameters(in: stack + newBase)
        let savedBase = base
        let savedRunning = running
        base = newBase
        running = value
        depth += 1
        defer {
            depth -= 1
            base = savedBase
            running = savedRunning
        }
        return try function.evaluate(self)
    }

    /// Reserves a frame for `function` above every active one (calls made while its arguments are
    /// evaluated push their frames above it).
    @inline(__always)
    private func reserve(_ function: CodeReference) throws -> Int {
        if mustStop() { throw StackExhausted() }
        let newBase = top
        guard newBase + function.slotCount < Runtime.capacity else { throw StackExhausted() }
        top = newBase + function.slotCount
        return newBase
    }

    /// A free slot holds `.void`, which owns nothing, so a parameter is written without destroying it.
    @inline(__always)
    private func setParameter(_ index: Int, of function: CodeReference, frame newBase: Int, _ argument: Value) {
        if index < function.parameterCount { (stack + newBase + index).initialize(to: argument) }
    }

    /// Calls a compiled function with its arguments already evaluated (vocabulary code calling back).
    func invoke(_ value: Unmanaged<FunctionValue>, _ function: CodeReference, arguments: [Value]) throws -> Value {
        let newBase = try reserve(function)
        for (i, argument) in arguments.enumerated() { setParameter(i, of: function, frame: newBase, argument) }
        return try run(function, as: value, frame: newBase)
    }

    /// Calls a one-argument compiled function (what `map` and `filter` do for every element).
    func invoke(_ value: Unmanaged<FunctionValue>, _ function: CodeReference, _ argument: Value) throws -> Value {
        let newBase = try reserve(function)
        setParameter(0, of: function, frame: newBase, argument)
        return try run(function, as: value, frame: newBase)
    }

    /// Calls a two-argument compiled function (a comparator of `sorted(by:)`, the step of `reduce`).
    func invoke(_ value: Unmanaged<FunctionValue>, _ function: CodeReference, _ first: Value, _ second: Value) throws -> Value {
        let newBase = try reserve(function)
        setParameter(0, of: function, frame: newBase, first)
        setParameter(1, of: function, frame: newBase, second)
        return try run(function, as: value, frame: newBase)
    }

    /// Calls a one-argument compiled function on each of `items` in order, in one frame that is
    /// cleared between calls (each call starts with fresh variables), handing every result to
    /// `receive` (what `map` and `filter` do).
    func invokeEach(_ value: Unmanaged<FunctionValue>, _ function: CodeReference, _ items: [Value],
                    _ receive: (Value, Value) throws -> Void) throws {
        let newBase = try reserve(function)
        defer { release(frame: newBase, of: function) }
        let savedBase = base
        let savedRunning = running
        base = newBase
        running = value
        depth += 1
        defer {
            depth -= 1
            base = savedBase
            running = savedRunning
        }
        let count = function.slotCount
        let takesArgument = function.parameterCount > 0
        for item in items {
            if takesArgument { (stack + newBase).initialize(to: item) }
            function.boxParameters(in: stack + newBase)
            let result = try function.evaluate(self)
            clear(from: newBase, count: count)
            try receive(item, result)
        }
    }

    /// Calls a one-argument compiled function, evaluating the argument straight into its frame.
    @inline(__always)
    func call(_ value: Unmanaged<FunctionValue>, _ function: CodeReference, _ a: Evaluate) throws -> Value {
        let newBase = try reserve(function)
        do {
            setParameter(0, of: function, frame: newBase, try a(self))
        } catch {
            release(frame: newBase, of: function)
            throw error
        }
        return try run(function, as: value, frame: newBase)
    }

    /// Calls a two-argument compiled function, evaluating the arguments straight into its frame.
    @inline(__always)
    func call(_ value: Unmanaged<FunctionValue>, _ function: CodeReference, _ a: Evaluate, _ b: Evaluate) throws -> Value {
        let newBase = try reserve(function)
        do {
            setParameter(0, of: function, frame: newBase, try a(self))
            setParameter(1, of: function, frame: newBase, try b(self))
        } catch {
            release(frame: newBase, of: function)
            throw error
        }
        return try run(function, as: value, frame: newBase)
    }

    @inline(__always)
    private func release(frame newBase: Int, of function: CodeReference) {
        clear(from: newBase, count: function.slotCount)
        top = newBase
    }

    /// Calls a compiled function, evaluating its arguments straight into its new frame (no copies).
    @inline(__always)
    func call(_ value: Unmanaged<FunctionValue>, _ function: CodeReference, arguments: [Evaluate]) throws -> Value {
        let newBase = try reserve(function)
        do {
            for i in 0..<arguments.count { setParameter(i, of: function, frame: newBase, try arguments[i](self)) }
        } catch {
            release(frame: newBase, of: function)
            throw error
        }
        return try run(function, as: value, frame: newBase)
    }

    /// A function value for a compiled function and its captured boxes; vocabulary code calls it back.
    func functionValue(_ function: CompiledFunction, type: FolioType, captures boxes: [Box]) -> FunctionValue {
        FunctionValue(name: function.name, type: type, code: function, captures: boxes, handle: handle)
    }
}

/// How function values reach their runtime without keeping it alive (a function kept by a
/// vocabulary object may outlive its session): a plain pointer the runtime clears when it goes.
final class RuntimeHandle {
    var runtime: Unmanaged<Runtime>?
}

/// Raised when calls nest deeper than the depth limit or the thread's stack allows.
struct StackExhausted: Error {}
