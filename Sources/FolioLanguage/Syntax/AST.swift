/// The syntax tree of a cell. Every node keeps its source range so any stage can point at it, and
/// every expression an id that the checker's results are keyed by.

/// Identifies an expression within one parsed cell.
public typealias NodeID = Int

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

/// One parameter of a closure, `x` or `x: Int`.
public struct ClosureParameter: Sendable {
    public var name: String
    public var type: TypeAnnotation?
    public var range: SourceRange
}

/// `{ (x: Int) -> Int in ... }`, `{ x in ... }`, `{ $0 * 2 }`; also a builder block `Sequential { ... }`.
public struct ClosureExpr: Sendable {
    /// nil when the closure has no `in` (its arguments are `$0`, `$1`, …).
    public var parameters: [ClosureParameter]?
    public var returnType: TypeAnnotation?
    public var body: [Stmt]
    /// The highest `$n` used in the body, plus one (0 when none is used).
    public var anonymousArgumentCount: Int
}

public indirect enum ExprKind: Sendable {
    case int(Int)
    case double(Double)
    case string([InterpolationPiece])
    case bool(Bool)
    case nilLiteral
    case array([Expr])
    /// `["a": 1]`; `[:]` has no entries.
    case dictionary([(key: Expr, value: Expr)])
    case tuple([Expr])
    /// `name: value`, an element of a labelled tuple literal `(name: "mlp", acc: 0.97)`.
    case labelled(String, Expr)
    case name(String)
    /// `base.name`; `nameRange` is the member's own token (where errors point).
    case member(base: Expr, name: String, nameRange: SourceRange)
    /// `.relu`: a case resolved by the type the context expects.
    case implicitMember(name: String)
    /// `f(a, label: b)`, `xs.map { $0 * 2 }` and `Sequential { ... }` (a trailing closure).
    case call(callee: Expr, arguments: [Argument], trailingClosure: Expr?)
    /// `base[index]`, `counts[key, default: 0]`.
    case subscriptAccess(base: Expr, arguments: [Argument])
    case unary(op: PrefixOperator, operand: Expr)
    case binary(op: BinaryOperator, lhs: Expr, rhs: Expr, opRange: SourceRange)
    /// `condition ? a : b`
    case conditional(condition: Expr, then: Expr, otherwise: Expr)
    case closure(ClosureExpr)
    /// An operator used as a function value: `reduce(0, +)`, `sorted(by: >)`.
    case operatorFunction(BinaryOperator)
    /// `x!`
    case forceUnwrap(Expr)
    /// The `x?` inside an optional chain `x?.name`; the chain is wrapped in `optionalChain`.
    case bindOptional(Expr)
    /// A whole chain containing `?`: nil as soon as one link is nil.
    case optionalChain(Expr)
    /// `1...`, `..<5`, `...0.5` (in switch cases and subscripts).
    case partialRange(lower: Expr?, upper: Expr?, closed: Bool)
    /// `x as Any`, `3 as Double`: the value seen as another type it already is.
    case cast(Expr, TypeAnnotation)
    /// `_` on the left of `_ = value`.
    case discard
    /// `&x`, a variable given to an `inout` parameter.
    case inoutArgument(Expr)
    /// A placeholder after a syntax error, so parsing can go on.
    case invalid
}

public struct Expr: Sendable {
    public var kind: ExprKind
    public var range: SourceRange
    public var id: NodeID = 0

    public init(kind: ExprKind, range: SourceRange, id: NodeID = 0) {
        self.kind = kind
        self.range = range
        self.id = id
    }

    /// The range errors about a call or member point at: the member or function name.
    public var nameRange: SourceRange {
        switch kind {
        case .member(_, _, let r): return r
        case .call(let callee, _, _): return callee.nameRange
        case .optionalChain(let e): return e.nameRange
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

/// One clause of an `if`/`guard`/`while` condition list: `x > 0`, `let n = Int(s)`, `let n`.
public enum Condition: Sendable {
    case expression(Expr)
    /// `let name = value` (`value` is nil for the shorthand `if let name`).
    case optionalBinding(name: String, nameRange: SourceRange, mutable: Bool, value: Expr?)
    /// `case let x? = value`, `case 1...9 = n`: whether the value matches a pattern (binding its names).
    case pattern(CasePattern, value: Expr)
}

/// A pattern of a switch case, matched as Swift matches it.
public indirect enum CasePattern: Sendable {
    /// A value (`1`, `"a"`, `.relu`, `nil`) or a range (`1...9`, `..<0`, a range value): matched by
    /// `==`, or by lying in the range.
    case value(Expr)
    /// `let x` (or a name inside `case let (a, b)`): matches anything and binds it.
    case binding(String, SourceRange, mutable: Bool)
    case wildcard(SourceRange)
    /// `(0, _)`, `let (a, b)`: a tuple whose elements match, element by element.
    case tuple([CasePattern], SourceRange)
    /// `let x?` or `.some(let x)`: an optional that is not nil, whose value matches.
    case some(CasePattern, SourceRange)

    /// The names the pattern binds, in order.
    public var names: [String] {
        switch self {
        case .binding(let n, _, _): return [n]
        case .value, .wildcard: return []
        case .tuple(let ps, _): return ps.flatMap(\.names)
        case .some(let p, _): return p.names
        }
    }

    /// The pattern with its names bound as variables (`case var x`).
    public var mutable: CasePattern {
        switch self {
        case .binding(let n, let r, _): return .binding(n, r, mutable: true)
        case .value, .wildcard: return self
        case .tuple(let ps, let r): return .tuple(ps.map(\.mutable), r)
        case .some(let p, let r): return .some(p.mutable, r)
        }
    }

    /// The value expressions inside the pattern (what it reads).
    public var values: [Expr] {
        switch self {
        case .value(let e): return [e]
        case .binding, .wildcard: return []
        case .tuple(let ps, _): return ps.flatMap(\.values)
        case .some(let p, _): return p.values
        }
    }

    public var range: SourceRange {
        switch self {
        case .value(let e): return e.range
        case .binding(_, let r, _), .wildcard(let r), .tuple(_, let r), .some(_, let r): return r
        }
    }
}

/// One pattern of a case, with its own `where` condition: `case let x where x < 0`.
public struct CaseItem: Sendable {
    public var pattern: CasePattern
    public var whereClause: Expr?
}

/// One `case a, b:` (or `default:`) of a switch.
public struct SwitchCase: Sendable {
    /// Empty for `default`.
    public var items: [CaseItem]
    public var body: [Stmt]
    public var range: SourceRange
    public var isDefault: Bool { items.isEmpty }

    /// The plain value patterns of the case (no binding, no `where`), which decide exhaustiveness
    /// over enums and Bools.
    public var patterns: [Expr] {
        items.compactMap { item in
            if item.whereClause == nil, case .value(let e) = item.pattern { return e }
            return nil
        }
    }
}

/// A parameter of a `func`: `_ x: Int`, `from start: Int = 0`.
public struct FunctionParameter: Sendable {
    /// The argument label callers write; nil for `_`.
    public var label: String?
    public var name: String
    public var type: TypeAnnotation
    public var defaultValue: Expr?
    public var range: SourceRange
    /// `_ xs: Int...`: takes any number of arguments, seen as an array `[Int]`.
    public var variadic = false
    /// `_ values: inout [Int]`: the caller passes a variable (`&numbers`), which gets the parameter's
    /// final value when the function returns.
    public var isInout = false
}

public struct FunctionDeclaration: Sendable {
    public var name: String
    public var nameRange: SourceRange
    public var parameters: [FunctionParameter]
    public var returnType: TypeAnnotation?
    public var body: [Stmt]
}

public indirect enum StmtKind: Sendable {
    case binding(pattern: Pattern, mutable: Bool, annotation: TypeAnnotation?, value: Expr)
    case assignment(target: Expr, op: AssignmentOperator, value: Expr, opRange: SourceRange)
    case expression(Expr)
    case forIn(pattern: Pattern, sequence: Expr, whereClause: Expr?, body: [Stmt])
    case ifElse(conditions: [Condition], then: [Stmt], otherwise: [Stmt]?)
    case guardElse(conditions: [Condition], otherwise: [Stmt])
    case whileLoop(conditions: [Condition], body: [Stmt])
    case repeatWhile(body: [Stmt], condition: Expr)
    case switchOver(subject: Expr, cases: [SwitchCase])
    case function(FunctionDeclaration)
    case returnValue(Expr?)
    case breakLoop
    case continueLoop
    /// `outer: for ...`, `label: while ...`, `label: switch ...`: a statement `break`/`continue` can name.
    case labelled(String, SourceRange, Stmt)
    /// `break outer`
    case labelledBreak(String)
    /// `continue outer`
    case labelledContinue(String)
    /// `fallthrough`: go on with the next case's body.
    case fallthroughCase
}

public struct Stmt: Sendable {
    public var kind: StmtKind
    public var range: SourceRange
}
