import FolioCore

/// What the checker knows about a bound name.
public struct StaticBinding: Sendable {
    public var type: FolioType
    public var mutable: Bool
    public init(type: FolioType, mutable: Bool) {
        self.type = type
        self.mutable = mutable
    }
}

/// A name visible to the checker, with where it lives.
struct ScopedName {
    var binding: StaticBinding
    /// nil for a session global.
    var local: LocalVariable?
}

/// The function (or the cell itself) whose body is being checked: its scopes, slots and captures.
final class FunctionContext {
    let parent: FunctionContext?
    let code: FunctionCode?
    var scopes: [[String: ScopedName]] = [[:]]
    var slotCount = 0
    var captures: [CaptureSource] = []
    var captureIndex: [ObjectIdentifier: Int] = [:]
    /// The declared return type; nil for a closure whose result type is inferred.
    var returnType: FolioType?
    var returnedTypes: [FolioType] = []
    var loopDepth = 0
    /// The labelled statements around the one being checked (`outer: for ...`).
    var labels: [StatementLabel] = []
    /// For each switch case around the statement being checked: where a `fallthrough` goes.
    var fallthroughTargets: [FallthroughTarget] = []
    init(parent: FunctionContext?, code: FunctionCode?, returnType: FolioType?) {
        self.parent = parent
        self.code = code
        self.returnType = returnType
    }

    func newLocal(_ name: String) -> LocalVariable {
        defer { slotCount += 1 }
        return LocalVariable(name: name, slot: slotCount)
    }
}

/// The static checker: it resolves every name, call, overload, case, closure and builder block of
/// a cell against the vocabulary and the names bound so far, and reports every problem (it
/// recovers after each one). Its result, a `CheckedCell`, is what the runtime executes.
final class Checker {
    let vocabulary: Vocabulary
    let index: VocabularyIndex
    let source: CellSource
    /// Static types of session globals (params and earlier cells), updated by this cell's top level.
    private(set) var globals: [String: StaticBinding]
    let unavailable: Set<String>
    private(set) var diagnostics: [Diagnostic] = []
    var context: FunctionContext
    let cellContext: FunctionContext
    var types: [NodeID: FolioType] = [:]
    /// Labels and defaults of user functions, for calls by name (globals persist across cells).
    var globalFunctionSignatures: [String: UserFunctionSignature]
    var localFunctionSignatures: [ObjectIdentifier: UserFunctionSignature] = [:]
    var userFunctions: [ObjectIdentifier: UserFunctionSignature] = [:]
    /// The result types the last checked closure body returned (to infer its type).
    var inferredReturn: [FolioType] = []
    /// The last id given to a statement label.
    var nextLabelID = 0

    init(index: VocabularyIndex, source: CellSource, globals: [String: StaticBinding], unavailable: Set<String> = [],
         functions: [String: UserFunctionSignature] = [:]) {
        self.globalFunctionSignatures = functions
        self.vocabulary = index.vocabulary
        self.index = index
        self.source = source
        self.globals = globals
        self.unavailable = unavailable
        cellContext = FunctionContext(parent: nil, code: nil, returnType: nil)
        context = cellContext
    }

    func checkCell(_ statements: [Stmt]) -> CheckedCell {
        // Top-level functions may be called before their declaration (as in a Swift script).
        for statement in statements {
            if case .function(let declaration) = statement.kind {
                globals[declaration.name] = StaticBinding(type: functionType(declaration), mutable: false)
            }
        }
        var checked: [CheckedStmt] = []
        let lastExpression = statements.lastIndex { if case .expression = $0.kind { return true }; return false }
        for (i, statement) in statements.enumerated() {
            if let s = check(statement, topLevel: true, isLast: i == lastExpression && i == statements.count - 1) { checked.append(s) }
        }
        // Function declarations run first, so calls above them work.
        let functions = checked.filter { if case .declareFunction = $0.kind { return true }; return false }
        let others = checked.filter { if case .declareFunction = $0.kind { return false }; return true }
        return CheckedCell(statements: functions + others, slotCount: cellContext.slotCount, types: types)
    }

    // MARK: diagnostics

    func error(_ message: Message, _ range: SourceRange) {
        diagnostics.append(source.diagnostic(message.text, at: range, fix: message.fix))
    }

    // MARK: names

    var isTopLevel: Bool { context === cellContext && context.scopes.count == 1 }

    /// Finds a name, capturing it into the enclosing closures when it belongs to an outer function.
    func lookup(_ name: String) -> (StaticBinding, Storage)? {
        var chain: [FunctionContext] = []
        var current: FunctionContext? = context
        while let c = current {
            for scope in c.scopes.reversed() {
                guard let found = scope[name] else { continue }
                guard let local = found.local else { return (found.binding, .global(name)) }
                if chain.isEmpty { return (found.binding, .local(local)) }
                local.isCaptured = true
                // Thread the variable through every closure between its owner and here.
                var source = CaptureSource.local(local)
                var storageIndex = 0
                for inner in chain.reversed() {
                    let key = ObjectIdentifier(local)
                    if let existing = inner.captureIndex[key] {
                        storageIndex = existing
                    } else {
                        storageIndex = inner.captures.count
                        inner.captures.append(source)
                        inner.captureIndex[key] = storageIndex
                    }
                    source = .captured(storageIndex)
                }
                return (found.binding, .captured(storageIndex))
            }
            chain.append(c)
            current = c.parent
        }
        if let global = globals[name] { return (global, .global(name)) }
        return nil
    }

    /// Binds a name in the innermost scope; at the cell's top level it becomes a session global.
    func declare(_ name: String, _ binding: StaticBinding) -> Storage {
        if isTopLevel {
            globals[name] = binding
            context.scopes[0][name] = ScopedName(binding: binding, local: nil)
            return .global(name)
        }
        let local = context.newLocal(name)
        context.scopes[context.scopes.count - 1][name] = ScopedName(binding: binding, local: local)
        return .local(local)
    }

    var namesInScope: [String] {
        var names: [String] = Array(globals.keys)
        var current: FunctionContext? = context
        while let c = current {
            for scope in c.scopes { names += scope.keys }
            current = c.parent
        }
        return names
    }

    func withScope<T>(_ body: () -> T) -> T {
        context.scopes.append([:])
        defer { context.scopes.removeLast() }
        return body()
    }

    func unknownName(_ name: String, _ range: SourceRange) {
        if unavailable.contains(name) {
            error(.unavailable(name), range)
            return
        }
        if let message = Message.otherNumberType(name) { return error(message, range) }
        error(.unknownName(name, didYouMean: Suggestions.didYouMean(name, in: namesInScope + index.globalNames)), range)
    }
}

/// How a user function is called: its argument labels and default values.
struct UserFunctionSignature {
    var labels: [String?]
    var names: [String]
    var defaults: [CheckedExpr?]
    var variadic: [Bool] = []
    /// Which parameters are `inout` (the function then returns their final values after its result).
    var inoutParameters: [Bool] = []
    var hasInout: Bool { inoutParameters.contains(true) }
}
