/// Finds the names a cell reads that it did not bind itself first (for cache keys and for
/// skipping cells whose inputs failed).
struct NameCollector {
    private var scopes: [Set<String>] = [[]]
    private(set) var free: Set<String> = []

    mutating func visit(_ statements: [Stmt]) {
        // Top-level functions are visible from the start of the cell.
        for s in statements { if case .function(let f) = s.kind { scopes[scopes.count - 1].insert(f.name) } }
        for s in statements { visit(s) }
    }

    private func isBound(_ name: String) -> Bool { scopes.contains { $0.contains(name) } }

    private mutating func bind(_ pattern: Pattern) {
        for n in pattern.names { scopes[scopes.count - 1].insert(n) }
    }

    private mutating func bind(_ name: String) { scopes[scopes.count - 1].insert(name) }

    private mutating func block(_ statements: [Stmt], binding names: [String] = []) {
        scopes.append(Set(names))
        visit(statements)
        scopes.removeLast()
    }

    private mutating func visit(_ conditions: [Condition]) {
        for condition in conditions {
            switch condition {
            case .expression(let e): visit(e)
            case .pattern(let pattern, let value):
                visit(value)
                pattern.values.forEach { visit($0) }
                for name in pattern.names { bind(name) }
            case .optionalBinding(let name, _, _, let value):
                if let value { visit(value) } else if !isBound(name) { free.insert(name) }
                bind(name)
            }
        }
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
        case .forIn(let pattern, let sequence, let whereClause, let body):
            visit(sequence)
            scopes.append(Set(pattern.names))
            if let whereClause { visit(whereClause) }
            visit(body)
            scopes.removeLast()
        case .ifElse(let conditions, let then, let otherwise):
            scopes.append([])
            visit(conditions)
            block(then)
            scopes.removeLast()
            if let otherwise { block(otherwise) }
        case .guardElse(let conditions, let otherwise):
            block(otherwise)
            visit(conditions)
        case .whileLoop(let conditions, let body):
            scopes.append([])
            visit(conditions)
            block(body)
            scopes.removeLast()
        case .repeatWhile(let body, let condition):
            block(body)
            visit(condition)
        case .switchOver(let subject, let cases):
            visit(subject)
            for c in cases {
                for item in c.items { item.pattern.values.forEach { visit($0) } }
                let names = c.items.flatMap(\.pattern.names)
                scopes.append(Set(names))
                for item in c.items { if let w = item.whereClause { visit(w) } }
                scopes.removeLast()
                block(c.body, binding: names)
            }
        case .function(let f):
            bind(f.name)
            for p in f.parameters { if let d = p.defaultValue { visit(d) } }
            block(f.body, binding: f.parameters.map(\.name) + [f.name])
        case .returnValue(let value):
            if let value { visit(value) }
        case .labelled(_, _, let inner): visit(inner)
        case .breakLoop, .continueLoop, .labelledBreak, .labelledContinue, .fallthroughCase: break
        }
    }

    private mutating func visit(_ expr: Expr) {
        switch expr.kind {
        case .name(let n):
            if !isBound(n) && !n.hasPrefix("$") { free.insert(n) }
        case .string(let pieces):
            for case .expr(let e) in pieces { visit(e) }
        case .array(let es), .tuple(let es):
            for e in es { visit(e) }
        case .dictionary(let entries):
            for (k, v) in entries { visit(k); visit(v) }
        case .member(let base, _, _), .labelled(_, let base): visit(base)
        case .call(let callee, let arguments, let trailing):
            visit(callee)
            for a in arguments { visit(a.value) }
            if let trailing { visit(trailing) }
        case .subscriptAccess(let base, let arguments):
            visit(base)
            for a in arguments { visit(a.value) }
        case .cast(let operand, _), .inoutArgument(let operand): visit(operand)
        case .unary(_, let operand), .forceUnwrap(let operand), .bindOptional(let operand), .optionalChain(let operand):
            visit(operand)
        case .binary(_, let lhs, let rhs, _):
            visit(lhs)
            visit(rhs)
        case .conditional(let condition, let then, let otherwise):
            visit(condition)
            visit(then)
            visit(otherwise)
        case .closure(let closure):
            block(closure.body, binding: closure.parameters?.map(\.name) ?? [])
        case .partialRange(let lower, let upper, _):
            if let lower { visit(lower) }
            if let upper { visit(upper) }
        case .int, .double, .bool, .nilLiteral, .implicitMember, .operatorFunction, .discard, .invalid: break
        }
    }
}
