import FolioCore

/// What the checker decided about a cell, for the runtime to execute without deciding anything
/// again: every name resolved to its storage, every call to its declaration and argument slots,
/// every leading-dot case to its value, every builder block and closure to its element or
/// function type. `types` keeps the static type of every expression node, keyed by node id.
final class CheckedCell {
    let statements: [CheckedStmt]
    /// Slots the cell's own frame needs (variables of blocks at the cell's top level).
    let slotCount: Int
    let types: [NodeID: FolioType]

    init(statements: [CheckedStmt], slotCount: Int, types: [NodeID: FolioType]) {
        self.statements = statements
        self.slotCount = slotCount
        self.types = types
    }
}

/// A variable local to a function, closure or the cell's blocks. A variable captured by a closure
/// lives in a box so the closure and its definer share it (Swift's capture semantics).
final class LocalVariable {
    let name: String
    let slot: Int
    var isCaptured = false
    init(name: String, slot: Int) {
        self.name = name
        self.slot = slot
    }
}

/// Where a name's value lives.
enum Storage {
    case local(LocalVariable)
    /// The n-th variable the running closure captured.
    case captured(Int)
    /// A session global (a param or a top-level binding of some cell).
    case global(String)
}

/// Where a closure, when it is created, takes each captured variable's box from.
enum CaptureSource {
    case local(LocalVariable)
    case captured(Int)
}

/// The checked body of a `func` or closure.
final class FunctionCode {
    let name: String
    var type: FolioType
    let parameterCount: Int
    var slotCount = 0
    var body: [CheckedStmt] = []
    var captures: [CaptureSource] = []
    /// Parameters that closures capture (copied into boxes on entry).
    var capturedParameters: [LocalVariable] = []
    let range: SourceRange
    init(name: String, type: FolioType, parameterCount: Int, range: SourceRange) {
        self.name = name
        self.type = type
        self.parameterCount = parameterCount
        self.range = range
    }
}

/// One argument of a resolved vocabulary call.
struct HostArgument {
    var parameterName: String
    var value: CheckedExpr
    var variadic: Bool
    /// The static type is optional: nil arrives as "not given", a value unwrapped.
    var unwrap: Bool
}

/// A vocabulary call with its declaration chosen.
struct HostCall {
    var declaration: Declaration
    var receiver: CheckedExpr?
    var arguments: [HostArgument]
    /// Declared defaults for the parameters not written, already turned into values.
    var defaults: [String: Value]
    var builderItems: [CheckedExpr]
    /// For a mutating method, the variable (or element) its result is stored back into.
    var mutatedTarget: LValue?
    /// Where errors of the implementation point: the function or member name.
    var nameRange: SourceRange? = nil
}

struct CheckedExpr {
    var kind: CheckedExprKind
    var range: SourceRange
    var type: FolioType
}

indirect enum CheckedExprKind {
    case constant(Value)
    case variable(Storage, name: String)
    case interpolation([CheckedPiece])
    case array([CheckedExpr])
    case dictionary([(CheckedExpr, CheckedExpr)])
    case tuple([CheckedExpr])
    case tupleElement(CheckedExpr, Int)
    /// An element of a labelled tuple: its value carries the label, which `print` shows.
    case labelled(String, CheckedExpr)
    case host(HostCall)
    /// A call of a function value (a `func`, closure or operator).
    case callValue(callee: CheckedExpr, arguments: [CheckedExpr])
    case closure(FunctionCode)
    case binary(BinaryOperator, CheckedExpr, CheckedExpr, opRange: SourceRange)
    case negate(CheckedExpr)
    case not(CheckedExpr)
    case bitNot(CheckedExpr)
    case conditional(CheckedExpr, CheckedExpr, CheckedExpr)
    case arrayIndex(CheckedExpr, CheckedExpr)
    case arraySlice(CheckedExpr, lower: CheckedExpr?, upper: CheckedExpr?, closed: Bool)
    case dictionaryLookup(CheckedExpr, key: CheckedExpr, default: CheckedExpr?)
    case forceUnwrap(CheckedExpr)
    case bindOptional(CheckedExpr)
    case optionalChain(CheckedExpr, wrap: Bool)
    case wrapOptional(CheckedExpr)
    case toDouble(CheckedExpr)
    case nilCoalescing(CheckedExpr, CheckedExpr)
    case enumCase(typeName: String, caseName: String, arguments: [(String, CheckedExpr)], defaults: [String: Value])
    case operatorFunction(BinaryOperator)
    /// A call of a `func` with inout parameters: it returns `(result, final inout values…)`; each
    /// final value is stored back into the variable passed with `&`, and the result is the value.
    case inoutCall(CheckedExpr, writeBacks: [LValue])
    /// `a..<b`, `a...b` as a value (not a loop's range, a slice or a case pattern).
    case makeRange(CheckedExpr, CheckedExpr, closed: Bool)
    /// An expression that failed to check (never run: the cell has errors).
    case invalid
}

enum CheckedPiece {
    case text(String)
    case value(CheckedExpr)
}

/// Something that can be assigned to.
indirect enum LValue {
    case variable(Storage, name: String)
    /// `(a, b) = (b, a)`
    case tuple([LValue])
    case arrayElement(LValue, index: CheckedExpr, range: SourceRange)
    /// `p.x = 10` or `p.0 = 10`: one element of a tuple stored in a variable.
    case tupleElement(LValue, Int)
    /// `d[k]` (an optional: assigning nil removes the key), `d[k, default: v]` (`fallback`), or
    /// `d[k]!` (`forced`: the key must exist).
    case dictionaryValue(LValue, key: CheckedExpr, fallback: CheckedExpr?, forced: Bool)
}

indirect enum CheckedPattern {
    case variable(Storage)
    case ignore
    case tuple([CheckedPattern])
}

enum CheckedCondition {
    case expression(CheckedExpr)
    /// Binds the unwrapped value when it is not nil.
    case unwrap(Storage, CheckedExpr)
    /// `case pattern = value`: whether the value matches (the pattern's names bound when it does).
    case matches(CheckedCasePattern, CheckedExpr)
}

struct CheckedCase {
    /// Empty for `default`.
    var patterns: [CheckedCasePattern]
    /// The `where` condition of each pattern, nil when it has none.
    var guards: [CheckedExpr?]
    var body: [CheckedStmt]
}

indirect enum CheckedCasePattern {
    case equals(CheckedExpr)
    case range(lower: CheckedExpr?, upper: CheckedExpr?, closed: Bool)
    /// `let x`: matches anything, binding it.
    case bind(Storage)
    /// `_`
    case anything
    case tuple([CheckedCasePattern])
    /// `x?`, `.some(x)`: a non-nil optional whose value matches.
    case some(CheckedCasePattern)
}

enum SequenceKind { case array, string, dictionary }

struct CheckedStmt {
    var kind: CheckedStmtKind
    var range: SourceRange
}

indirect enum CheckedStmtKind {
    /// `show`: a top-level call or the cell's last expression, whose value the cell shows.
    case expression(CheckedExpr, show: Bool)
    case bind(CheckedPattern, CheckedExpr, mutable: Bool)
    case assign(LValue, CheckedExpr)
    case forRange(CheckedPattern, lower: CheckedExpr, upper: CheckedExpr, closed: Bool, whereClause: CheckedExpr?, body: [CheckedStmt])
    case forEach(CheckedPattern, CheckedExpr, SequenceKind, whereClause: CheckedExpr?, body: [CheckedStmt])
    case ifElse([CheckedCondition], [CheckedStmt], [CheckedStmt]?)
    case guardElse([CheckedCondition], [CheckedStmt])
    case whileLoop([CheckedCondition], [CheckedStmt])
    case repeatWhile([CheckedStmt], CheckedExpr)
    case switchOver(CheckedExpr, [CheckedCase])
    case declareFunction(Storage, FunctionCode)
    case returnValue(CheckedExpr?)
    case breakLoop
    case continueLoop
    /// The body of a labelled statement: a `jump` to its label ends it (for a loop's body, as
    /// `break` or `continue` would end the pass; otherwise it leaves the statement).
    case jumpTarget(label: Int, isLoopBody: Bool, [CheckedStmt])
    /// `break label`, `continue label`.
    case jump(label: Int, isContinue: Bool)
    case fallthroughCase
}
