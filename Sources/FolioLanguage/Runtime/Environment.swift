import FolioCore

/// One session global: a param, a top-level binding or a top-level function of some cell. Compiled
/// code holds the box itself, so reading a global is one pointer away, never a lookup by name.
final class GlobalBox {
    var value: Value? {
        didSet {
            if case .function(let f)? = value { function = Unmanaged.passUnretained(f) } else { function = nil }
        }
    }
    var mutable: Bool
    /// The function value of an immutable global (a top-level `func` or `let`), for calls to use
    /// without reference counting: the box keeps it alive, and only a cell's top-level statements
    /// bind globals, which never run while a call does.
    var immutableFunction: Unmanaged<FunctionValue>? { mutable ? nil : function }
    private var function: Unmanaged<FunctionValue>?
    init(value: Value?, mutable: Bool) {
        self.value = value
        self.mutable = mutable
        if case .function(let f)? = value { function = Unmanaged.passUnretained(f) }
    }
}

/// The names shared by every cell of a session, plus names whose defining cell failed.
final class Environment {
    private(set) var boxes: [String: GlobalBox] = [:]
    var unavailable: Set<String> = []

    /// The box of a name, created empty when the name is not bound yet.
    func box(_ name: String) -> GlobalBox {
        if let box = boxes[name] { return box }
        let box = GlobalBox(value: nil, mutable: false)
        boxes[name] = box
        return box
    }

    func define(_ name: String, _ value: Value, mutable: Bool) {
        let b = box(name)
        b.value = value
        b.mutable = mutable
        unavailable.remove(name)
    }

    func value(_ name: String) -> Value? { boxes[name]?.value }

    func remove(_ name: String) { boxes[name]?.value = nil }

    var boundNames: [String] { boxes.filter { $0.value.value != nil }.keys.sorted() }
}

/// Thrown through the runtime to stop a cell with a located diagnostic.
struct Failure: Error {
    var diagnostic: FolioCore.Diagnostic
}

/// Unwinds an optional chain `a?.b` to its end when a link is nil.
struct NilInChain: Error {}
