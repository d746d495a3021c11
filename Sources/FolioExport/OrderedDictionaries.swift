import FolioLanguage

/// A notebook's dictionaries keep their insertion order (Folio prints them, loops over them and
/// draws their series in it); Swift's `Dictionary` has no order. So the exported program writes
/// every dictionary as swift-collections' `OrderedDictionary`, which keeps insertion order and
/// prints as Swift prints a dictionary: written types `[K: V]` become `OrderedDictionary<K, V>`,
/// and a dictionary literal `["b": 1, "a": 2]` becomes `OrderedDictionary(inOrder: ["b": 1, "a": 2])`
/// (an empty `[:]` takes its type from the context, as in Swift).
struct OrderedDictionaries {
    /// The edits that make the cell's dictionaries ordered.
    private(set) var edits: [(range: SourceRange, text: String)] = []
    private let lines: [String]

    /// Finds the written types and literals of dictionaries in `statements` (a cell's).
    init(_ statements: [Stmt], lines: [String]) {
        self.lines = lines
        statements.forEach { statement($0) }
    }

    private mutating func statement(_ s: Stmt) {
        switch s.kind {
        case .binding(_, _, let annotation, let value):
            if let annotation { type(annotation) }
            expression(value)
        case .assignment(let target, _, let value, _): expression(target); expression(value)
        case .expression(let e): expression(e)
        case .forIn(_, let sequence, let whereClause, let body):
            expression(sequence)
            if let whereClause { expression(whereClause) }
            body.forEach { statement($0) }
        case .ifElse(let conditions, let then, let otherwise):
            conditions.forEach { condition($0) }
            then.forEach { statement($0) }
            otherwise?.forEach { statement($0) }
        case .guardElse(let conditions, let otherwise):
            conditions.forEach { condition($0) }
            otherwise.forEach { statement($0) }
        case .whileLoop(let conditions, let body):
            conditions.forEach { condition($0) }
            body.forEach { statement($0) }
        case .repeatWhile(let body, let condition): body.forEach { statement($0) }; expression(condition)
        case .switchOver(let subject, let cases):
            expression(subject)
            for c in cases { c.patterns.forEach { expression($0) }; c.body.forEach { statement($0) } }
        case .function(let f):
            for p in f.parameters {
                type(p.type)
                if let d = p.defaultValue { expression(d) }
            }
            if let r = f.returnType { type(r) }
            f.body.forEach { statement($0) }
        case .returnValue(let e): if let e { expression(e) }
        default: break
        }
    }

    private mutating func condition(_ c: Condition) {
        if case .expression(let e) = c { expression(e) }
        if case .optionalBinding(_, _, _, let value?) = c { expression(value) }
    }

    private mutating func expression(_ e: Expr) {
        switch e.kind {
        case .dictionary(let pairs):
            if !pairs.isEmpty {
                edits.append((SourceRange(e.range.start, e.range.start), "OrderedDictionary(inOrder: "))
                edits.append((SourceRange(e.range.end, e.range.end), ")"))
            }
            for pair in pairs { expression(pair.key); expression(pair.value) }
        case .array(let items), .tuple(let items): items.forEach { expression($0) }
        case .string(let pieces):
            for case .expr(let inner) in pieces { expression(inner) }
        case .labelled(_, let inner), .forceUnwrap(let inner), .bindOptional(let inner), .optionalChain(let inner):
            expression(inner)
        case .member(let base, _, _): expression(base)
        case .call(let callee, let arguments, let trailing):
            // `[String: Double]()`: the callee is a type, written as a literal.
            switch callee.kind {
            case .dictionary, .array: written(callee.range)
            default: expression(callee)
            }
            arguments.forEach { expression($0.value) }
            if let trailing { expression(trailing) }
        case .subscriptAccess(let base, let arguments): expression(base); arguments.forEach { expression($0.value) }
        case .unary(_, let operand): expression(operand)
        case .binary(_, let lhs, let rhs, _): expression(lhs); expression(rhs)
        case .conditional(let c, let a, let b): expression(c); expression(a); expression(b)
        case .closure(let closure):
            closure.parameters?.forEach { if let t = $0.type { type(t) } }
            if let r = closure.returnType { type(r) }
            closure.body.forEach { statement($0) }
        case .partialRange(let lower, let upper, _):
            if let lower { expression(lower) }
            if let upper { expression(upper) }
        case .cast(let inner, let annotation): expression(inner); type(annotation)
        default: break
        }
    }

    private mutating func type(_ annotation: TypeAnnotation) { written(annotation.range) }

    /// The type written at `range`, rewritten.
    private mutating func written(_ range: SourceRange) {
        guard range.start.line == range.end.line, lines.indices.contains(range.start.line) else { return }
        let text = String(Array(lines[range.start.line])[range.start.column..<min(range.end.column, lines[range.start.line].count)])
        let rewritten = Self.rewrite(text)
        if rewritten != text { edits.append((range, rewritten)) }
    }

    /// `text` (a written type) with every `[K: V]` as `OrderedDictionary<K, V>`.
    static func rewrite(_ text: String) -> String {
        let characters = Array(text)
        var out = "", index = 0
        while index < characters.count {
            guard characters[index] == "[", let close = matching(characters, from: index) else {
                out.append(characters[index]); index += 1; continue
            }
            let inner = Array(characters[(index + 1)..<close])
            if let colon = topLevelColon(inner) {
                let key = rewrite(String(inner[..<colon])).trimmingSpaces, value = rewrite(String(inner[(colon + 1)...])).trimmingSpaces
                out += "OrderedDictionary<\(key), \(value)>"
            } else {
                out += "[" + rewrite(String(inner)) + "]"
            }
            index = close + 1
        }
        return out
    }

    private static func matching(_ c: [Character], from open: Int) -> Int? {
        var depth = 0
        for i in open..<c.count {
            if opens(c, i) { depth += 1 }
            if closes(c, i) { depth -= 1; if depth == 0 { return c[i] == "]" ? i : nil } }
        }
        return nil
    }

    private static func topLevelColon(_ c: [Character]) -> Int? {
        var depth = 0
        for i in c.indices {
            if opens(c, i) { depth += 1 } else if closes(c, i) { depth -= 1 } else if c[i] == ":" && depth == 0 { return i }
        }
        return nil
    }

    private static func opens(_ c: [Character], _ i: Int) -> Bool { "[(<".contains(c[i]) }
    /// A closing bracket; the `>` of a function type's `->` is none.
    private static func closes(_ c: [Character], _ i: Int) -> Bool { "])".contains(c[i]) || (c[i] == ">" && (i == 0 || c[i - 1] != "-")) }
}

private extension String {
    var trimmingSpaces: String { String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
}
