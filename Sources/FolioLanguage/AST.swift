/// The syntax tree of a cell. Every node keeps its source range so any stage can point at it.

public struct Argument: Sendable {
    public var label: String?
    /// The label's range, or the value's start when unlabeled.
    public var labelRange: SourceRange
    public var value: Expr
}

public enum InterpolationPiece: Sendable {
    case text(String)
    case expr(Expr)
}

public indirect enum ExprKind: Sendable {
    case int(Int)
    case double(Double)
    case string([InterpolationPiece])
    case bool(Bool)
    case nilLiteral
    case array([Expr])
    case tuple([Expr])
    case name(String)
    /// `base.name`; `nameRange` is the member's own token (where errors point).
    case member(base: Expr, name: String, nameRange: SourceRange)
    /// `.relu`: a case resolved by the type the context expects.
    case implicitMember(name: String)
    /// `f(a, label: b)` and `Sequential { ... }` (`builder` holds the closure's lines).
    case call(callee: Expr, arguments: [Argument], builder: [Expr]?)
    case subscriptAccess(base: Expr, index: Expr)
    case unary(op: String, operand: Expr)
    case binary(op: String, lhs: Expr, rhs: Expr, opRange: SourceRange)
    /// `condition ? a : b`
    case conditional(condition: Expr, then: Expr, otherwise: Expr)
    /// A placeholder after a syntax error, so parsing can go on.
    case invalid
}

public struct Expr: Sendable {
    public var kind: ExprKind
    public var range: SourceRange

    /// The range errors about a call or member point at: the member or function name.
    public var nameRange: SourceRange {
        switch kind {
        case .member(_, _, let r): return r
        case .call(let callee, _, _): return callee.nameRange
        default: return range
        }
    }
}

public indirect enum Pattern: Sendable {
    case name(String, SourceRange)
    case wildcard(SourceRange)
    case tuple([Pattern], SourceRange)

    public var names: [String] {
        switch self {
        case .name(let n, _): return [n]
        case .wildcard: return []
        case .tuple(let ps, _): return ps.flatMap(\.names)
        }
    }

    public var range: SourceRange {
        switch self {
        case .name(_, let r), .wildcard(let r), .tuple(_, let r): return r
        }
    }
}

/// A written type, as in `var xs: [Double] = []`.
public struct TypeAnnotation: Sendable {
    public var type: FolioType
    public var range: SourceRange
}

public indirect enum StmtKind: Sendable {
    case binding(pattern: Pattern, mutable: Bool, annotation: TypeAnnotation?, value: Expr)
    case assignment(target: Expr, op: String, value: Expr, opRange: SourceRange)
    case expression(Expr)
    case forIn(pattern: Pattern, sequence: Expr, body: [Stmt])
    case ifElse(condition: Expr, then: [Stmt], otherwise: [Stmt]?)
    case whileLoop(condition: Expr, body: [Stmt])
    case breakLoop
    case continueLoop
}

public struct Stmt: Sendable {
    public var kind: StmtKind
    public var range: SourceRange
}
