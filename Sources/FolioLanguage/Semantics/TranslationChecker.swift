import FolioCore

/// Checks a notebook's cells one after another, as a session does, for a tool that translates
/// them into Swift (`folio export`) instead of running them: it keeps the checker's static types
/// across cells and hands back, for each cell, what the translation needs of the checked cell —
/// which statements are shown and where every vocabulary call is — without running anything.
public final class TranslationChecker {
    private let index: VocabularyIndex
    private var globals: [String: StaticBinding] = [:]
    private var functions: [String: UserFunctionSignature] = [:]

    /// A checker of cells in `vocabulary`, with no names bound yet.
    public init(vocabulary: Vocabulary) {
        index = VocabularyIndex(vocabulary)
    }

    /// A constant of type `type` visible in every cell (a notebook param).
    public func defineParam(_ name: String, type: FolioType) {
        globals[name] = StaticBinding(type: type, mutable: false)
    }

    /// Checks `cell` against the names of the cells checked before it.
    public func check(_ cell: ParsedCell) -> TranslatedCellFacts {
        let checker = Checker(index: index, source: cell.source, globals: globals, functions: functions)
        let checked = checker.checkCell(cell.statements)
        globals = checker.globals
        functions = checker.globalFunctionSignatures
        var walker = FactWalker()
        walker.statements(checked.statements, topLevel: true)
        return TranslatedCellFacts(diagnostics: checker.diagnostics, shownExpressions: walker.shown, calls: walker.calls,
                                   statementStarts: walker.statementStarts, functionRanges: walker.functions, loopSequences: walker.loopSequences,
                                   dictionaryLoops: walker.dictionaryLoops, optionalUses: walker.optionalUses, functionSites: walker.functionSites, valueCalls: walker.valueCalls,
                                   dictionaryComparisons: walker.dictionaryComparisons)
    }

    /// The declared defaults of `parameters` as the checker fills them in for arguments not written
    /// (the same values a checked call passes), for callers that build a `Call` themselves.
    public static func defaultArguments(_ parameters: [Parameter], vocabulary: Vocabulary) -> [String: Value] {
        let checker = Checker(index: VocabularyIndex(vocabulary), source: CellSource(text: "", file: "", firstLine: 1, column: 1), globals: [:])
        return checker.defaults(parameters)
    }
}

/// What translating one checked cell needs to know.
public struct TranslatedCellFacts {
    /// The cell's problems (a translation of a cell with errors would not mean anything).
    public var diagnostics: [Diagnostic]
    /// Top-level expressions whose value the cell shows (unbound calls, the last bare expression),
    /// Void ones (`print(x)`) left out.
    public var shownExpressions: [SourceRange]
    /// Every vocabulary call, in source order.
    public var calls: [VocabularyCallSite]
    /// Where each statement that evaluates an expression starts that expression (`let x = ▸f()`,
    /// `▸train.summary()`, `if ▸cond`), for a translation that must put `try` there.
    public var statementStarts: [SourceRange]
    /// The ranges of `func` declarations and closures.
    public var functionRanges: [SourceRange]
    /// The sequences `for … in` loops go over.
    public var loopSequences: [SourceRange]
    /// The sequences of `for … in` loops over a dictionary (Folio's dictionaries keep insertion
    /// order; Swift's have none).
    public var dictionaryLoops: [SourceRange]
    /// Vocabulary calls whose value the cell uses as an optional although Folio's is not one
    /// (`switch xs.first { case let x?: … }`, `if let m = xs.max()`): Swift's optional namesake
    /// means the same there.
    public var optionalUses: [SourceRange] = []
    /// Every `func` declaration and closure, with where it sits (for a translation whose calls
    /// may throw: it marks the functions that call them and puts `try` before their calls).
    public var functionSites: [FunctionSite] = []
    /// Every call of a function value: a `func` of the notebook or a closure.
    public var valueCalls: [ValueCallSite] = []
    /// Every `==` and `!=` of two dictionaries (Folio's, like Swift's, ignore the order).
    public var dictionaryComparisons: [DictionaryComparison] = []
}

/// `a == b` or `a != b` where both sides are dictionaries.
public struct DictionaryComparison {
    /// The left side.
    public var lhs: SourceRange
    /// The operator.
    public var op: SourceRange
    /// The right side.
    public var rhs: SourceRange
    /// `!=` rather than `==`.
    public var negated: Bool
}

/// A `func` declaration or a closure of a checked cell.
public struct FunctionSite {
    /// The declaration (from `func` to its closing brace) or the closure's braces.
    public var range: SourceRange
    /// The function's name; nil for a closure.
    public var name: String?
    /// The start of the statement-level expression the closure is part of (nil for a `func`).
    public var statementExpression: SourceRange?
    /// The innermost `func` or closure around it.
    public var enclosingFunction: SourceRange?
    /// Passed straight to a vocabulary call (`xs.map { … }`, `data.filter { … }`).
    public var isVocabularyArgument: Bool
}

/// A call of a function value.
public struct ValueCallSite {
    /// The called name (`makeModel` in `makeModel(width: 8)`); nil for any other callee.
    public var calleeName: String?
    /// The whole call.
    public var range: SourceRange
    /// The start of the statement-level expression that contains it.
    public var statementExpression: SourceRange?
    /// The innermost `func` or closure around it.
    public var enclosingFunction: SourceRange?
}

/// One resolved call of a vocabulary declaration.
public struct VocabularyCallSite {
    /// The declaration the checker chose (overloads resolved).
    public var declaration: Declaration
    /// The whole call expression.
    public var range: SourceRange
    /// The function or member name.
    public var nameRange: SourceRange?
    /// The start of the statement-level expression that contains it (see `statementStarts`).
    public var statementExpression: SourceRange?
    /// Inside a `func` body or a closure (not a builder block).
    public var insideFunction: Bool
    /// Inside a result-builder block (`Sequential { … }`).
    public var insideBuilder: Bool
    /// The innermost `func` or closure around it.
    public var enclosingFunction: SourceRange? = nil
}

/// Collects the facts of a checked cell.
private struct FactWalker {
    var shown: [SourceRange] = []
    var calls: [VocabularyCallSite] = []
    var statementStarts: [SourceRange] = []
    var functions: [SourceRange] = []
    var loopSequences: [SourceRange] = []
    var dictionaryLoops: [SourceRange] = []
    var optionalUses: [SourceRange] = []
    var functionSites: [FunctionSite] = []
    var valueCalls: [ValueCallSite] = []
    var dictionaryComparisons: [DictionaryComparison] = []
    private var functionStack: [SourceRange] = []
    private var statementExpression: SourceRange?
    private var functionDepth = 0
    private var builderDepth = 0

    mutating func statements(_ list: [CheckedStmt], topLevel: Bool = false) {
        for s in list { statement(s, topLevel: topLevel) }
    }

    private mutating func top(_ e: CheckedExpr) {
        let saved = statementExpression
        statementExpression = e.range
        statementStarts.append(e.range)
        expression(e)
        statementExpression = saved
    }

    private mutating func conditions(_ list: [CheckedCondition]) {
        for c in list {
            switch c {
            case .expression(let e): top(e)
            case .unwrap(_, let e):
                if case .host = e.kind, !e.type.isOptional { optionalUses.append(e.range) }
                top(e)
            case .matches(let p, let e):
                top(e)
                pattern(p)
            }
        }
    }

    private mutating func statement(_ s: CheckedStmt, topLevel: Bool) {
        switch s.kind {
        case .expression(let e, let show):
            if show && topLevel && e.type != .void { shown.append(e.range) }
            top(e)
        case .bind(_, let e, _), .assign(_, let e): top(e)
        case .forRange(_, let lower, let upper, _, let whereClause, let body):
            top(lower); top(upper)
            if let whereClause { top(whereClause) }
            statements(body)
        case .forEach(_, let sequence, let kind, let whereClause, let body):
            loopSequences.append(sequence.range)
            if kind == .dictionary { dictionaryLoops.append(sequence.range) }
            top(sequence)
            if let whereClause { top(whereClause) }
            statements(body)
        case .ifElse(let cs, let then, let otherwise):
            conditions(cs); statements(then)
            if let otherwise { statements(otherwise) }
        case .guardElse(let cs, let otherwise): conditions(cs); statements(otherwise)
        case .whileLoop(let cs, let body): conditions(cs); statements(body)
        case .repeatWhile(let body, let condition): statements(body); top(condition)
        case .switchOver(let subject, let cases):
            top(subject)
            for c in cases {
                c.patterns.forEach { pattern($0) }
                for case let g? in c.guards { top(g) }
                statements(c.body)
            }
        case .declareFunction(_, let code):
            functionSites.append(FunctionSite(range: code.range, name: code.name, statementExpression: nil,
                                              enclosingFunction: functionStack.last, isVocabularyArgument: false))
            function(code)
        case .returnValue(let e): if let e { top(e) }
        case .jumpTarget(_, _, let body): statements(body)
        case .breakLoop, .continueLoop, .jump, .fallthroughCase: break
        }
    }

    private mutating func pattern(_ p: CheckedCasePattern) {
        switch p {
        case .equals(let e): top(e)
        case .range(let lower, let upper, _):
            if let lower { top(lower) }
            if let upper { top(upper) }
        case .tuple(let ps): ps.forEach { pattern($0) }
        case .some(let inner): pattern(inner)
        case .bind, .anything: break
        }
    }

    private mutating func function(_ code: FunctionCode) {
        functions.append(code.range)
        functionDepth += 1
        functionStack.append(code.range)
        statements(code.body)
        functionStack.removeLast()
        functionDepth -= 1
    }

    private mutating func closure(_ code: FunctionCode, vocabularyArgument: Bool) {
        functionSites.append(FunctionSite(range: code.range, name: nil, statementExpression: statementExpression,
                                          enclosingFunction: functionStack.last, isVocabularyArgument: vocabularyArgument))
        function(code)
    }

    private mutating func expression(_ e: CheckedExpr) {
        switch e.kind {
        case .constant, .variable, .operatorFunction, .invalid: break
        case .interpolation(let pieces):
            for case .value(let v) in pieces { expression(v) }
        case .array(let items), .tuple(let items): items.forEach { expression($0) }
        case .dictionary(let pairs): for (k, v) in pairs { expression(k); expression(v) }
        case .wrapOptional(let base):
            if case .host = base.kind { optionalUses.append(base.range) }
            expression(base)
        case .inoutCall(let base, _), .tupleElement(let base, _), .labelled(_, let base), .negate(let base), .not(let base), .bitNot(let base), .forceUnwrap(let base), .bindOptional(let base),
             .optionalChain(let base, _), .toDouble(let base):
            expression(base)
        case .host(let call):
            calls.append(VocabularyCallSite(declaration: call.declaration, range: e.range, nameRange: call.nameRange,
                                            statementExpression: statementExpression, insideFunction: functionDepth > 0,
                                            insideBuilder: builderDepth > 0, enclosingFunction: functionStack.last))
            if let receiver = call.receiver { expression(receiver) }
            for argument in call.arguments {
                if case .closure(let code) = argument.value.kind { closure(code, vocabularyArgument: true) } else { expression(argument.value) }
            }
            builderDepth += 1
            call.builderItems.forEach { expression($0) }
            builderDepth -= 1
        case .callValue(let callee, let arguments):
            var name: String?
            if case .variable(_, let calleeName) = callee.kind { name = calleeName }
            valueCalls.append(ValueCallSite(calleeName: name, range: e.range, statementExpression: statementExpression, enclosingFunction: functionStack.last))
            expression(callee); arguments.forEach { expression($0) }
        case .closure(let code): closure(code, vocabularyArgument: false)
        case .binary(let op, let l, let r, let opRange):
            if op == .equal || op == .notEqual, case .dictionary = l.type {
                dictionaryComparisons.append(DictionaryComparison(lhs: l.range, op: opRange, rhs: r.range, negated: op == .notEqual))
            }
            expression(l); expression(r)
        case .nilCoalescing(let l, let r): expression(l); expression(r)
        case .makeRange(let l, let r, _): expression(l); expression(r)
        case .conditional(let c, let a, let b): expression(c); expression(a); expression(b)
        case .arrayIndex(let a, let i): expression(a); expression(i)
        case .arraySlice(let a, let lower, let upper, _):
            expression(a)
            if let lower { expression(lower) }
            if let upper { expression(upper) }
        case .dictionaryLookup(let d, let key, let fallback):
            expression(d); expression(key)
            if let fallback { expression(fallback) }
        case .enumCase(_, _, let arguments, _): arguments.forEach { expression($0.1) }
        }
    }
}

/// A cell's outputs collected as a session collects them (consecutive printed lines merge into one
/// text output), for a program that shows values itself (FolioKit's `Report`).
public final class CellOutputCollector {
    private let sink = OutputSink()
    /// An empty cell's outputs.
    public init() {}
    /// An output written during a call (`print`'s lines, a call's own messages).
    public func printed(_ output: Output) { sink.printed(output) }
    /// A shown value: what the cell shows for it.
    public func show(_ value: Value) { sink.show(value) }
    /// The outputs so far, in order.
    public var outputs: [Output] { sink.outputs }
}
