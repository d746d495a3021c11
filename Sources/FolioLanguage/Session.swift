import FolioCore

/// One notebook's language session: the vocabulary, the static types and the values shared by all
/// of its cells. The runner parses, checks and runs each cell in order through it.
///
///     let session = Session(vocabulary: .core.merging(ml), context: context)
///     session.defineParam("epochs", .int(3))
///     let cell = session.parse(code, file: "notebooks/x.md", firstLine: 12)
///     let problems = cell.diagnostics + session.check(cell)
///     let result = session.run(cell)
public final class Session {
    public let vocabulary: Vocabulary
    public let context: RunContext
    private let environment = Environment()
    private let index: VocabularyIndex
    private lazy var runtime = Runtime(environment: environment, context: context)
    /// Static types of every name bound so far (params and checked cells).
    private var staticGlobals: [String: StaticBinding] = [:]
    /// Labels and defaults of the top-level functions declared so far.
    private var functionSignatures: [String: UserFunctionSignature] = [:]
    /// The last checked cell, so `run` executes what `check` decided.
    private var lastChecked: (text: String, source: CellSource, cell: CheckedCell, clean: Bool)?

    public init(vocabulary: Vocabulary, context: RunContext) {
        self.vocabulary = vocabulary
        self.context = context
        self.index = VocabularyIndex(vocabulary)
    }

    /// A constant visible in every cell (a notebook param).
    public func defineParam(_ name: String, _ value: Value) {
        define(name, value, mutable: false)
    }

    /// Binds a name as if a cell had run `let`/`var` (e.g. restoring a cached cell's values).
    public func define(_ name: String, _ value: Value, mutable: Bool = false) {
        environment.define(name, value, mutable: mutable)
        staticGlobals[name] = StaticBinding(type: value.type, mutable: mutable)
    }

    /// The current value of a name bound by a param or an earlier cell.
    public func value(of name: String) -> Value? {
        environment.value(name)
    }

    /// Whether a bound name was declared with `var` (nil when it is not bound).
    public func isMutable(_ name: String) -> Bool? {
        guard environment.value(name) != nil else { return nil }
        return environment.box(name).mutable
    }

    /// Every name bound so far by params and cells (and not made unavailable), sorted.
    public var boundNames: [String] { environment.boundNames }

    /// The static type the checker knows for a name, if any.
    public func staticType(of name: String) -> FolioType? {
        staticGlobals[name]?.type
    }

    /// Parses a cell whose first line is line `firstLine` of `file`, each line starting at `column`.
    public func parse(_ source: String, file: String, firstLine: Int, column: Int = 1) -> ParsedCell {
        Session.parse(source, file: file, firstLine: firstLine, column: column)
    }

    /// Parsing needs no session state; this is the same as `parse` on any session.
    public static func parse(_ text: String, file: String, firstLine: Int, column: Int = 1) -> ParsedCell {
        let cellSource = CellSource(text: text, file: file, firstLine: firstLine, column: column)
        var lexer = Lexer(text)
        let tokens = lexer.tokenize()
        var parser = Parser(tokens: tokens)
        let statements = parser.parseCell()
        var diagnostics = lexer.problems.map { cellSource.diagnostic($0.message, at: $0.range, fix: $0.fix) }
        // A lexing problem usually causes a parse error at the same place; report it once.
        let lexed = Set(diagnostics.compactMap(\.location))
        diagnostics += parser.problems
            .map { cellSource.diagnostic($0.message, at: $0.range, fix: $0.fix) }
            .filter { !lexed.contains($0.location ?? SourceLocation(file: "", line: 0, column: 0)) }
        var collector = NameCollector()
        collector.visit(statements)
        var bound: [String] = []
        for statement in statements {
            switch statement.kind {
            case .binding(let pattern, _, _, _):
                for name in pattern.names where !bound.contains(name) { bound.append(name) }
            case .function(let declaration):
                if !bound.contains(declaration.name) { bound.append(declaration.name) }
            case .guardElse(let conditions, _):
                for case .optionalBinding(let name, _, _, _) in conditions where !bound.contains(name) { bound.append(name) }
                for case .pattern(let pattern, _) in conditions { for name in pattern.names where !bound.contains(name) { bound.append(name) } }
            default: break
            }
        }
        for name in parser.recoveredNames where !bound.contains(name) { bound.append(name) }
        return ParsedCell(diagnostics: diagnostics, boundNames: bound, usedNames: collector.free,
                          statements: statements, source: cellSource, text: text)
    }

    /// Static checks of a parsed cell against the vocabulary and the names bound so far. Records the
    /// static types of the names the cell binds, so later cells are checked against them.
    public func check(_ cell: ParsedCell) -> [Diagnostic] {
        let checker = Checker(index: index, source: cell.source, globals: staticGlobals, unavailable: environment.unavailable,
                              functions: functionSignatures)
        let checked = checker.checkCell(cell.statements)
        staticGlobals = checker.globals
        functionSignatures = checker.globalFunctionSignatures
        // Names of statements that did not parse are still known, with an unknown type.
        for name in cell.boundNames where staticGlobals[name] == nil {
            staticGlobals[name] = StaticBinding(type: .any, mutable: true)
        }
        let clean = !checker.diagnostics.contains { $0.severity == .error }
        lastChecked = (cell.text, cell.source, checked, clean)
        return checker.diagnostics
    }

    /// Runs a cell. Never throws and never traps: a failure ends the cell and comes back as `error`,
    /// after the outputs produced before it. While the cell runs, `context.emit` (used by `print`)
    /// is redirected into the cell's outputs.
    public func run(_ cell: ParsedCell) -> CellRun {
        if let first = cell.diagnostics.first(where: { $0.severity == .error }) {
            return CellRun(outputs: [], error: first)
        }
        var checked: CheckedCell
        if let last = lastChecked, last.text == cell.text, last.source.file == cell.source.file, last.source.firstLine == cell.source.firstLine {
            guard last.clean else { return CellRun(outputs: [], error: check(cell).first { $0.severity == .error }) }
            checked = last.cell
        } else {
            let problems = check(cell).filter { $0.severity == .error }
            if let first = problems.first { return CellRun(outputs: [], error: first) }
            guard let last = lastChecked else { return CellRun(outputs: [], error: nil) }
            checked = last.cell
        }
        lastChecked = nil
        let sink = OutputSink()
        let savedEmit = context.emit
        context.emit = { sink.printed($0) }
        defer { context.emit = savedEmit }
        let compiler = Compiler(source: cell.source, environment: environment, context: context)
        let program = compiler.block(checked.statements)
        runtime.sink = sink
        runtime.begin()
        var error: Diagnostic?
        defer { context.finishLine() }
        do {
            _ = try runtime.withCellFrame(slots: checked.slotCount) { try program(runtime) }
            context.finishLine()
        } catch let failure as Failure {
            context.finishLine()
            error = failure.diagnostic
        } catch {
            context.finishLine()
            let message = error is StackExhausted ? Message.recursionTooDeep(Runtime.maximumDepth).text : "\(error)"
            return CellRun(outputs: sink.outputs, error: Diagnostic(.error, message, at: cell.source.location(Position(line: 0, column: 0))))
        }
        return CellRun(outputs: sink.outputs, error: error)
    }

    /// Marks names bound by a failed cell: using them later is a clear error, not a stale value.
    public func markUnavailable(_ names: [String]) {
        for name in names {
            environment.remove(name)
            environment.unavailable.insert(name)
        }
    }
}
