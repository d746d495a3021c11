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
    var body: Execute = { _ in .normal }
    /// For a body that is one `return value` (`{ $0 * 2 }`, `n < 2 ? n : fib(n - 1) + fib(n - 2)`): the value.
    var expression: Evaluate?
    init(name: String, parameterCount: Int, slotCount: Int, capturedParameterSlots: [Int]) {
        self.name = name
        self.parameterCount = parameterCount
        self.slotCount = slotCount
        self.capturedParameterSlots = capturedParameterSlots
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
    var captures: [Box] = []
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
        handle.runtime = self
        // Every slot always holds a value (void when free), so pushing a frame writes nothing and
        // popping one only overwrites its slots.
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
            stack[i] = .void
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

    /// Pushes a frame of `count` slots (the first ones given), runs `body` in it, pops it.
    @inline(__always)
    func withFrame<T>(slots count: Int, captures newCaptures: [Box], _ setUp: (UnsafeMutablePointer<Value>) throws -> Void,
                      _ body: () throws -> T) throws -> T {
        let newBase = top
        guard newBase + count < Runtime.capacity else { throw StackExhausted() }
        top = newBase + count
        let savedBase = base
        let savedCaptures = captures
        base = newBase
        captures = newCaptures
        defer {
            clear(from: newBase, count: count)
            top = newBase
            base = savedBase
            captures = savedCaptures
        }
        try setUp(stack + newBase)
        return try body()
    }

    /// Calls a compiled function with its arguments already evaluated.
    func invoke(_ function: CompiledFunction, captures boxes: [Box], arguments: UnsafeBufferPointer<Value>) throws -> Value {
        var marker = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        depth += 1
        defer { depth -= 1 }
        if depth > Runtime.maximumDepth || here < stackLimit { throw StackExhausted() }
        return try withFrame(slots: function.slotCount, captures: boxes, { frame in
            for i in 0..<min(arguments.count, function.parameterCount) { frame[i] = arguments[i] }
            for slot in function.capturedParameterSlots { frame[slot] = .object(Box(frame[slot])) }
        }) {
            if let expression = function.expression { return try expression(self) }
            if try function.body(self) == .returned {
                let result = returnValue
                returnValue = .void
                return result
            }
            return .void
        }
    }

    /// Calls a compiled function, evaluating its arguments straight into its new frame (no copies).
    @inline(__always)
    func call(_ function: CompiledFunction, captures boxes: [Box], arguments: [Evaluate]) throws -> Value {
        var marker = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        if depth >= Runtime.maximumDepth || here < stackLimit { throw StackExhausted() }
        let count = function.slotCount
        let newBase = top
        guard newBase + count < Runtime.capacity else { throw StackExhausted() }
        // The frame is reserved first: calls inside the arguments push their frames above it.
        top = newBase + count
        defer {
            clear(from: newBase, count: count)
            top = newBase
        }
        for i in 0..<min(arguments.count, function.parameterCount) { stack[newBase + i] = try arguments[i](self) }
        for slot in function.capturedParameterSlots { stack[newBase + slot] = .object(Box(stack[newBase + slot])) }
        let savedBase = base
        let savedCaptures = captures
        base = newBase
        captures = boxes
        depth += 1
        defer {
            depth -= 1
            base = savedBase
            captures = savedCaptures
        }
        if let expression = function.expression { return try expression(self) }
        if try function.body(self) == .returned {
            let result = returnValue
            returnValue = .void
            return result
        }
        return .void
    }

    /// A function value for a compiled function and its captured boxes; vocabulary code calls it back.
    func functionValue(_ function: CompiledFunction, type: FolioType, captures boxes: [Box]) -> FunctionValue {
        // A function kept by a vocabulary object may outlive its session; calling it then is an error, not a crash.
        let handle = self.handle
        let value = FunctionValue(name: function.name, type: type) { arguments in
            guard let runtime = handle.runtime else { throw RuntimeError("this function's notebook session has ended") }
            return try arguments.withUnsafeBufferPointer { try runtime.invoke(function, captures: boxes, arguments: $0) }
        }
        value.single = { argument in
            guard let runtime = handle.runtime else { throw RuntimeError("this function's notebook session has ended") }
            return try withUnsafePointer(to: argument) { try runtime.invoke(function, captures: boxes, arguments: UnsafeBufferPointer(start: $0, count: 1)) }
        }
        value.compiled = (function, boxes)
        return value
    }
}

/// How function values reach their runtime without keeping it alive (a function kept by a
/// vocabulary object may outlive its session): a plain pointer the runtime clears when it goes.
final class RuntimeHandle {
    unowned(unsafe) var runtime: Runtime?
}

/// Raised when calls nest deeper than the depth limit or the thread's stack allows.
struct StackExhausted: Error {}
