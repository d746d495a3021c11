/// One variable at run time.
struct RuntimeBinding {
    var value: Value
    var mutable: Bool
}

/// The names shared by every cell of a session (params and top-level bindings), plus names whose
/// defining cell failed.
final class Environment {
    var globals: [String: RuntimeBinding] = [:]
    var unavailable: Set<String> = []
}

/// Thrown through the interpreter to stop a cell with a located diagnostic.
struct Failure: Error {
    var diagnostic: FolioCore.Diagnostic
}

/// `break` and `continue`, unwinding to the nearest loop.
enum LoopJump: Error {
    case breakLoop, continueLoop
}

import FolioCore
