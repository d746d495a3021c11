/// Statements: bindings, assignments, loops, conditions, `switch`, `return`.
extension Parser {
    mutating func parseStatement() throws -> Stmt {
        let token = peek()
        let start = token.range
        if let unsupported = unsupportedDeclaration(token) { throw unsupported }
        if token.kind == .identifier, peekRaw(1).isSymbol(.colon), let keyword = peekRaw(2).keyword,
           [.for, .while, .repeat, .switch, .if].contains(keyword) {
            // `outer: for ...`: a label that `break outer` and `continue outer` name.
            advance()
            advance()
            let statement = try parseStatement()
            return Stmt(kind: .labelled(token.text, token.range, statement), range: start.to(statement.range))
        }
        switch token.keyword {
        case .let?, .var?:
            advance()
            let pattern = try parsePattern()
            var annotation: TypeAnnotation?
            if accept(.colon) { annotation = try parseTypeAnnotation() }
            if !check(.assign), token.keyword == .var, let annotation, case .optional = annotation.type {
                // `var best: Double?` starts as nil, as in Swift.
                let value = node(.nilLiteral, annotation.range)
                return Stmt(kind: .binding(pattern: pattern, mutable: true, annotation: annotation, value: value), range: start.to(annotation.range))
            }
            if !check(.assign) {
                throw ParseError(.bindingNeedsValue(names: pattern.names, keyword: token.text), peek().range)
            }
            advance()
            let value = try parseExpression()
            return Stmt(kind: .binding(pattern: pattern, mutable: token.keyword == .var, annotation: annotation, value: value),
                        range: start.to(value.range))
        case .for?:
            advance()
            if peek().isKeyword(.case) { return try parseForCase(start: start) }
            let pattern = try parsePattern()
            guard peek().isKeyword(.in) else { throw ParseError(.forNeedsIn, peek().range) }
            advance()
            let sequence = try parseHeaderExpression()
            var whereClause: Expr?
            if peek().isKeyword(.where) {
                advance()
                whereClause = try parseHeaderExpression()
            }
            let body = try parseBlock("after the for-in sequence")
            return Stmt(kind: .forIn(pattern: pattern, sequence: sequence, whereClause: whereClause, body: body), range: start.to(lastRange))
        case .if?: return try parseIf()
        case .guard?:
            advance()
            let conditions = try parseConditions()
            guard peek().isKeyword(.else) else { throw ParseError(.guardNeedsElse, missingRange(before: peek())) }
            advance()
            let otherwise = try parseBlock("after 'else'")
            return Stmt(kind: .guardElse(conditions: conditions, otherwise: otherwise), range: start.to(lastRange))
        case .while?:
            advance()
            let conditions = try parseConditions()
            let body = try parseBlock("after the while condition")
            return Stmt(kind: .whileLoop(conditions: conditions, body: body), range: start.to(lastRange))
        case .repeat?:
            advance()
            let body = try parseBlock("after 'repeat'")
            guard peek().isKeyword(.while) else { throw ParseError(.repeatNeedsWhile, missingRange(before: peek())) }
            advance()
            let condition = try parseExpression()
            return Stmt(kind: .repeatWhile(body: body, condition: condition), range: start.to(condition.range))
        case .switch?: return try parseSwitch()
        case .func?: return try parseFunction()
        case .return?:
            advance()
            let next = peekRaw()
            if next.kind == .newline || next.kind == .eof || next.isSymbol(.rBrace) || next.isSymbol(.semicolon) {
                return Stmt(kind: .returnValue(nil), range: start)
            }
            let value = try parseExpression()
            return Stmt(kind: .returnValue(value), range: start.to(value.range))
        case .break?, .continue?:
            advance()
            let isBreak = token.keyword == .break
            if peekRaw().kind == .identifier {
                let label = advance()
                return Stmt(kind: isBreak ? .labelledBreak(label.text) : .labelledContinue(label.text), range: start.to(label.range))
            }
            return Stmt(kind: isBreak ? .breakLoop : .continueLoop, range: start)
        case .fallthrough?: advance(); return Stmt(kind: .fallthroughCase, range: start)
        case .else?: throw ParseError(.elseWithoutIf, start)
        case .case?, .default?: throw ParseError(.caseOutsideSwitch(token.text), start)
        default: break
        }
        let expr = try parseExpression()
        let next = peek()
        if let op = AssignmentOperator(next.symbol) {
            advance()
            let value = try parseExpression()
            return Stmt(kind: .assignment(target: expr, op: op, value: value, opRange: next.range), range: expr.range.to(value.range))
        }
        return Stmt(kind: .expression(expr), range: expr.range)
    }

    /// `for case let x? in xs where x > 0 { ... }`: a loop over the elements that match the pattern,
    /// read as Swift means it: `for e in xs { guard case let x? = e, x > 0 else { continue } ... }`.
    mutating func parseForCase(start: SourceRange) throws -> Stmt {
        advance()
        let pattern = try parseCasePattern(binding: false)
        guard peek().isKeyword(.in) else { throw ParseError(.forNeedsIn, peek().range) }
        advance()
        let sequence = try parseHeaderExpression()
        var conditions: [Condition] = [.pattern(pattern, value: node(.name(Parser.forCaseElement), pattern.range))]
        if peek().isKeyword(.where) {
            advance()
            conditions.append(.expression(try parseHeaderExpression()))
        }
        let body = try parseBlock("after the for-in sequence")
        let skip = Stmt(kind: .guardElse(conditions: conditions, otherwise: [Stmt(kind: .continueLoop, range: pattern.range)]), range: pattern.range)
        return Stmt(kind: .forIn(pattern: .name(Parser.forCaseElement, pattern.range), sequence: sequence, whereClause: nil, body: [skip] + body),
                    range: start.to(lastRange))
    }

    /// The hidden name of the element a `for case` loop matches (no notebook can write it).
    static let forCaseElement = "$element"

    mutating func parseIf() throws -> Stmt {
        let start = advance().range
        let conditions = try parseConditions()
        let then = try parseBlock("after the if condition")
        var otherwise: [Stmt]?
        if peekRaw().isKeyword(.else) {
            advance()
            if peek().isKeyword(.if) {
                otherwise = [try parseIf()]
            } else {
                otherwise = try parseBlock("after 'else'")
            }
        }
        return Stmt(kind: .ifElse(conditions: conditions, then: then, otherwise: otherwise), range: start.to(lastRange))
    }

    /// `x > 0, let n = Int(s), let m` (for `if`, `guard` and `while`).
    mutating func parseConditions() throws -> [Condition] {
        var conditions: [Condition] = []
        repeat {
            let token = peek()
            if token.isKeyword(.case) {
                advance()
                let pattern = try parseCasePattern(binding: false)
                _ = try expect(.assign, "after the pattern of 'case'")
                conditions.append(.pattern(pattern, value: try parseHeaderExpression()))
            } else if token.isKeyword(.let) || token.isKeyword(.var) {
                advance()
                let name = peek()
                guard name.kind == .identifier else { throw ParseError(.expectedName(describe(name)), name.range) }
                advance()
                var value: Expr?
                if accept(.assign) { value = try parseHeaderExpression() }
                conditions.append(.optionalBinding(name: name.text, nameRange: name.range, mutable: token.isKeyword(.var), value: value))
            } else {
                conditions.append(.expression(try parseHeaderExpression()))
            }
        } while accept(.comma)
        return conditions
    }

    mutating func parseHeaderExpression() throws -> Expr {
        let saved = allowTrailingClosure
        allowTrailingClosure = false
        defer { allowTrailingClosure = saved }
        return try parseExpression()
    }

    /// `switch x { case 1, 2: ... case 3...9: ... default: ... }`
    mutating func parseSwitch() throws -> Stmt {
        let start = advance().range
        let subject = try parseHeaderExpression()
        _ = try expect(.lBrace, "after the switch value")
        ignoreNewlines.append(false)
        defer { popNewlineMode() }
        var cases: [SwitchCase] = []
        while true {
            skipNewlines()
            let token = peekRaw()
            if token.isSymbol(.rBrace) { pos += 1; break }
            if token.kind == .eof { throw ParseError(.expectedBlockEnd(describe(token)), missingRange(before: token)) }
            var items: [CaseItem] = []
            if token.isKeyword(.default) {
                advance()
            } else if token.isKeyword(.case) {
                advance()
                repeat {
                    let pattern = try parseCasePattern(binding: false)
                    var whereClause: Expr?
                    if peek().isKeyword(.where) {
                        advance()
                        whereClause = try parseHeaderExpression()
                    }
                    items.append(CaseItem(pattern: pattern, whereClause: whereClause))
                } while accept(.comma)
            } else {
                throw ParseError(.expectedCase(describe(token)), token.range)
            }
            _ = try expect(.colon, "after the case")
            scopeDepth += 1
            let body = parseStatements(untilBrace: true)
            scopeDepth -= 1
            if body.isEmpty { throw ParseError(.emptyCase, token.range) }
            cases.append(SwitchCase(items: items, body: body, range: token.range.to(lastRange)))
        }
        return Stmt(kind: .switchOver(subject: subject, cases: cases), range: start.to(lastRange))
    }

    /// A case pattern: `let x`, `let (a, b)`, `(0, _)`, `let x?`, `.some(let x)`, or a value.
    /// Under `let` (`binding`), a name binds a new constant, as in Swift.
    mutating func parseCasePattern(binding: Bool) throws -> CasePattern {
        let token = peek()
        let start = pos
        try enterNesting(token, .nestedLevels(Parser.maximumDepth))
        defer { depth -= 1 }
        var pattern: CasePattern
        if token.kind == .identifier, token.text == "is" { return unsupportedCastPattern(at: token, keeping: .wildcard(token.range)) }
        if token.isKeyword(.let) || token.isKeyword(.var) {
            advance()
            let inner = try parseCasePattern(binding: true)
            if token.isKeyword(.var) { return inner.mutable }
            return inner
        } else if token.isSymbol(.underscore) {
            advance()
            pattern = .wildcard(token.range)
        } else if binding, token.kind == .identifier {
            advance()
            pattern = .binding(token.text, token.range, mutable: false)
        } else if token.isSymbol(.lParen) {
            advance()
            ignoreNewlines.append(true)
            var elements: [CasePattern] = []
            var sawComma = false
            repeat {
                if check(.rParen) { break }
                elements.append(try parseCasePattern(binding: binding))
                if check(.comma) { sawComma = true }
            } while accept(.comma)
            popNewlineMode()
            let close = try expect(.rParen, "to close the tuple pattern")
            if elements.count == 1, !sawComma, case .value = elements[0], !binding {
                // `(x)` is a parenthesised value: let the expression parser read what follows (`(1 + 2) * 3`).
                pos = start
                pattern = .value(try parseCaseValue())
            } else {
                pattern = elements.count == 1 && !sawComma ? elements[0] : .tuple(elements, token.range.to(close.range))
            }
        } else if token.isSymbol(.dot), peekRaw(1).kind == .identifier, peekRaw(1).text == "some", peekRaw(2).isSymbol(.lParen) {
            advance()
            advance()
            advance()
            let inner = try parseCasePattern(binding: binding)
            let close = try expect(.rParen, "to close '.some('")
            pattern = .some(inner, token.range.to(close.range))
        } else if token.isSymbol(.dot), peekRaw(1).kind == .identifier, peekRaw(1).text == "some" {
            // `case .some:` is `case .some(_):`.
            advance()
            let name = advance()
            pattern = .some(.wildcard(name.range), token.range.to(name.range))
        } else {
            return .value(try parseCaseValue())
        }
        // `let x?`: the optional's value, when it is not nil (`x??` for an optional of an optional).
        while peekRaw().isSymbol(.question) || (peekRaw().isSymbol(.nilCoalescing) && peekRaw().range.start == lastRange.end) {
            let question = advance()
            pattern = .some(pattern, pattern.range.to(question.range))
            if question.isSymbol(.nilCoalescing) { pattern = .some(pattern, pattern.range) }
        }
        if peek().kind == .identifier, peek().text == "as" { return unsupportedCastPattern(at: peek(), keeping: pattern) }
        return pattern
    }

    /// Reports `case is T` / `case let x as T` and skips the rest of the pattern, so the case's body
    /// is still read (no error follows from the skipped pattern).
    private mutating func unsupportedCastPattern(at token: Token, keeping pattern: CasePattern) -> CasePattern {
        problems.append(ParseError(.unsupportedCastPattern, token.range))
        while !check(.colon) && !check(.assign) && !check(.lBrace) && peek().kind != .eof && peekRaw().kind != .newline { advance() }
        return pattern
    }

    /// A value pattern: a value, a range (`1...9`, `0.99...`, `..<0`) or a leading-dot case.
    mutating func parseCaseValue() throws -> Expr {
        let token = peek()
        if token.isSymbol(.halfOpenRange) || token.isSymbol(.closedRange) {
            advance()
            let upper = try parseBinary(minimum: BinaryOperator.add.precedence)
            return node(.partialRange(lower: nil, upper: upper, closed: token.isSymbol(.closedRange)), token.range.to(upper.range))
        }
        let lower = try parseBinary(minimum: BinaryOperator.add.precedence)
        let next = peek()
        if next.isSymbol(.closedRange) || next.isSymbol(.halfOpenRange) {
            advance()
            if check(.colon) || check(.comma) || check(.assign) || check(.rParen) || peek().isKeyword(.where) {
                return node(.partialRange(lower: lower, upper: nil, closed: true), lower.range.to(next.range))
            }
            let upper = try parseBinary(minimum: BinaryOperator.add.precedence)
            let op: BinaryOperator = next.isSymbol(.closedRange) ? .closedRange : .halfOpenRange
            return node(.binary(op: op, lhs: lower, rhs: upper, opRange: next.range), lower.range.to(upper.range))
        }
        return lower
    }
}
