import FolioCore

/// A parsed cell: its syntax tree, where it sits in the notebook, and the names it binds and reads.
public struct ParsedCell {
    /// Lexing and parsing errors (the cell should not be checked further or run if non-empty).
    public var diagnostics: [Diagnostic]
    /// Names the cell binds at top level, in order (`let (train, test) = ...` binds both).
    public var boundNames: [String]
    /// Free names the cell reads (bound before the cell: params, earlier cells, vocabulary names).
    public var usedNames: Set<String>
    public var statements: [Stmt]
    public var source: CellSource
    public var text: String

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Everything a cell did when run: its outputs so far, then the error that stopped it, if any.
public struct CellRun {
    public var outputs: [Output]
    public var error: Diagnostic?
    public init(outputs: [Output], error: Diagnostic?) {
        self.outputs = outputs
        self.error = error
    }
}

/// Finds the names a cell reads that it did not bind itself first.
struct NameCollector {
    private var scopes: [Set<String>] = [[]]
    private(set) var free: Set<String> = []

    mutating func visit(_ statements: [Stmt]) {
        for s in statements { visit(s) }
    }

    private func isBound(_ name: String) -> Bool { scopes.contains { $0.contains(name) } }

    private mutating func bind(_ pattern: Pattern) {
        for n in pattern.names { scopes[scopes.count - 1].insert(n) }
    }

    private mutating func block(_ statements: [Stmt], binding pattern: Pattern? = nil) {
        scopes.append([])
        if let pattern { bind(pattern) }
        visit(statements)
        scopes.removeLast()
    }

    private mutating func visit(_ statement: Stmt) {
        switch statement.kind {
        case .binding(let pattern, _, _, let value):
            visit(value)
            bind(pattern)
        case .assignment(let target, _, let value, _):
            visit(target)
            visit(value)
        case .expression(let e): visit(e)
        case .forIn(let pattern, let sequence, let body):
            visit(sequence)
            block(body, binding: pattern)
        case .ifElse(let condition, let then, let otherwise):
            visit(condition)
            block(then)
            if let otherwise { block(otherwise) }
        case .whileLoop(let condition, let body):
            visit(condition)
            block(body)
        case .breakLoop, .continueLoop: break
        }
    }

    private mutating func visit(_ expr: Expr) {
        switch expr.kind {
        case .name(let n):
            if !isBound(n) { free.insert(n) }
        case .string(let pieces):
            for case .expr(let e) in pieces { visit(e) }
        case .array(let es), .tuple(let es):
            for e in es { visit(e) }
        case .member(let base, _, _): visit(base)
        case .call(let callee, let arguments, let builder):
            visit(callee)
            for a in arguments { visit(a.value) }
            for item in builder ?? [] { visit(item) }
        case .subscriptAccess(let base, let index):
            visit(base)
            visit(index)
        case .unary(_, let operand): visit(operand)
        case .binary(_, let lhs, let rhs, _):
            visit(lhs)
            visit(rhs)
        case .conditional(let condition, let then, let otherwise):
            visit(condition)
            visit(then)
            visit(otherwise)
        case .int, .double, .bool, .nilLiteral, .implicitMember, .invalid: break
        }
    }
}
