/// Expressions: operators by precedence, postfix chains (members, calls, subscripts, `!`, `?`),
/// trailing closures, literals and closures.
extension Parser {
    mutating func parseExpression() throws -> Expr {
        let condition = try parseBinary(minimum: 1)
        guard peek().isSymbol(.question) else { return condition }
        advance()
        skipNewlinesAfterOperator()
        let then = try parseExpression()
        _ = try expect(.colon, "between the two results of '? :'")
        skipNewlinesAfterOperator()
        let otherwise = try parseExpression()
        return node(.conditional(condition: condition, then: then, otherwise: otherwise), condition.range.to(otherwise.range))
    }

    mutating func parseBinary(minimum: Int) throws -> Expr {
        var lhs = try parseUnary()
        var operators = 0
        while true {
            let token = peek()
            // `as` binds tighter than `??` and comparisons, looser than ranges and arithmetic.
            if token.kind == .identifier, token.text == "as", minimum <= BinaryOperator.nilCoalescing.precedence, !token.startsLine {
                advance()
                let type = try parseTypeAnnotation()
                lhs = node(.cast(lhs, type), lhs.range.to(type.range))
                continue
            }
            guard let op = BinaryOperator(token.symbol), op.precedence >= minimum else { return lhs }
            operators += 1
            if operators > Parser.maximumChain { throw ParseError(.tooManyOperators(Parser.maximumChain), token.range) }
            advance()
            if op == .closedRange || op == .halfOpenRange, peek().isSymbol(.rBracket) || peek().isSymbol(.rParen) {
                // `xs[2...]`: a range open at the top.
                lhs = node(.partialRange(lower: lhs, upper: nil, closed: true), lhs.range.to(token.range))
                continue
            }
            skipNewlinesAfterOperator()
            let rhs = try parseBinary(minimum: op.isRightAssociative ? op.precedence : op.precedence + 1)
            lhs = node(.binary(op: op, lhs: lhs, rhs: rhs, opRange: token.range), lhs.range.to(rhs.range))
        }
    }

    mutating func skipNewlinesAfterOperator() {
        while peekRaw().kind == .newline { pos += 1 }
    }

    mutating func parseUnary() throws -> Expr {
        let token = peek()
        try enterNesting(token, .nestedTooDeep(Parser.maximumDepth))
        defer { depth -= 1 }
        if let op = token.symbol.flatMap({ PrefixOperator(rawValue: $0.rawValue) }) {
            advance()
            let operand = try parseUnary()
            if op == .negate, case .int(let v) = operand.kind, operand.range.start == token.range.end {
                return node(.int(-v), token.range.to(operand.range))
            }
            if op == .negate, case .double(let v) = operand.kind, operand.range.start == token.range.end {
                return node(.double(-v), token.range.to(operand.range))
            }
            return node(.unary(op: op, operand: operand), token.range.to(operand.range))
        }
        if token.isSymbol(.ampersand), peekRaw(1).range.start == token.range.end {
            // `&numbers`: a variable passed to an `inout` parameter.
            advance()
            let operand = try parsePostfix()
            return node(.inoutArgument(operand), token.range.to(operand.range))
        }
        if token.isSymbol(.halfOpenRange) || token.isSymbol(.closedRange), !peekRaw(1).isSymbol(.rBracket) {
            advance()
            let upper = try parseBinary(minimum: BinaryOperator.add.precedence)
            return node(.partialRange(lower: nil, upper: upper, closed: token.isSymbol(.closedRange)), token.range.to(upper.range))
        }
        return try parsePostfix()
    }

    mutating func parsePostfix() throws -> Expr {
        var expr = try parsePrimary()
        var chained = false
        while true {
            let token = peek()
            if token.isSymbol(.dot) {
                advance()
                expr = try parseMember(of: expr)
            } else if token.isSymbol(.lParen), !token.startsLine {
                advance()
                let arguments = try parseArguments(close: .rParen)
                let close = lastRange
                expr = node(.call(callee: expr, arguments: arguments, trailingClosure: nil), expr.range.to(close))
            } else if token.isSymbol(.lBracket), !token.startsLine {
                advance()
                let arguments = try parseArguments(close: .rBracket)
                expr = node(.subscriptAccess(base: expr, arguments: arguments), expr.range.to(lastRange))
            } else if token.isSymbol(.bang), token.range.start == expr.range.end {
                advance()
                expr = node(.forceUnwrap(expr), expr.range.to(token.range))
            } else if token.isSymbol(.question), token.range.start == expr.range.end,
                      peekRaw(1).isSymbol(.dot) || peekRaw(1).isSymbol(.lBracket) || peekRaw(1).isSymbol(.lParen) {
                advance()
                expr = node(.bindOptional(expr), expr.range.to(token.range))
                chained = true
            } else if token.isSymbol(.lBrace), !token.startsLine, allowTrailingClosure, canTakeTrailingClosure(expr) {
                advance()
                let closure = try parseClosureBody(start: token.range)
                let range = expr.range.to(lastRange)
                if case .call(let callee, let arguments, nil) = expr.kind {
                    expr = node(.call(callee: callee, arguments: arguments, trailingClosure: closure), range)
                } else {
                    expr = node(.call(callee: expr, arguments: [], trailingClosure: closure), range)
                }
            } else if token.kind == .newline, peekRaw(1).isSymbol(.dot), ignoreNewlines.last != true {
                // A line starting with `.member` continues the chain above it.
                pos += 1
            } else {
                break
            }
        }
        return chained ? node(.optionalChain(expr), expr.range) : expr
    }

    func canTakeTrailingClosure(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .name, .member: return true
        case .call(_, _, let closure): return closure == nil
        default: return false
        }
    }

    mutating func parseMember(of base: Expr) throws -> Expr {
        let name = peek()
        if name.kind == .float, name.text.allSatisfy({ $0.isNumber || $0 == "." }), name.text.split(separator: ".").count == 2 {
            advance()
            let parts = name.text.split(separator: ".").map(String.init)
            let first = node(.member(base: base, name: parts[0], nameRange: name.range), base.range.to(name.range))
            return node(.member(base: first, name: parts[1], nameRange: name.range), base.range.to(name.range))
        }
        if name.kind == .identifier || name.kind == .keyword || name.kind == .integer {
            advance()
            return node(.member(base: base, name: name.text, nameRange: name.range), base.range.to(name.range))
        }
        throw ParseError(.expectedMemberName(describe(name)), name.range)
    }

    mutating func parseArguments(close: Symbol) throws -> [Argument] {
        ignoreNewlines.append(true)
        defer { popNewlineMode() }
        var arguments: [Argument] = []
        while !check(close) {
            let first = peek()
            var label: String?
            var labelRange = first.range
            if (first.kind == .identifier || first.kind == .keyword), peekRaw(1).isSymbol(.colon) {
                label = first.text
                labelRange = first.range
                advance()
                advance()
            }
            let value = try parseArgumentValue()
            if label == nil { labelRange = value.range }
            arguments.append(Argument(label: label, labelRange: labelRange, value: value))
            if !accept(.comma) {
                if !check(close) {
                    let token = peek()
                    throw ParseError(.expectedArgumentSeparator(close.rawValue, found: describe(token)), missingRange(before: token))
                }
            }
        }
        advance()
        return arguments
    }

    /// An argument: an expression, or an operator on its own (`reduce(0, +)`).
    private mutating func parseArgumentValue() throws -> Expr {
        let token = peek()
        if let op = BinaryOperator(token.symbol), peekRaw(1).isSymbol(.comma) || peekRaw(1).isSymbol(.rParen) {
            advance()
            return node(.operatorFunction(op), token.range)
        }
        return try parseExpression()
    }

    /// After `{`: `x in`, `(x: Int) -> Int in`, or a body using `$0`.
    mutating func parseClosureBody(start: SourceRange) throws -> Expr {
        var parameters: [ClosureParameter]?
        var returnType: TypeAnnotation?
        if let header = try parseClosureHeader() {
            parameters = header.parameters
            returnType = header.returnType
        }
        anonymousArguments.append(0)
        let body = try parseBlockBody()
        let anonymous = anonymousArguments.removeLast()
        if parameters != nil && anonymous > 0 { throw ParseError(.anonymousWithNamedParameters, start) }
        return node(.closure(ClosureExpr(parameters: parameters, returnType: returnType, body: body, anonymousArgumentCount: anonymous)),
                    start.to(lastRange))
    }

    /// The `... in` at the start of a closure, if there is one; the position is unchanged when not.
    private mutating func parseClosureHeader() throws -> (parameters: [ClosureParameter], returnType: TypeAnnotation?)? {
        // Look ahead on the first line for `in` before anything that cannot be in a header.
        var i = pos
        while i < tokens.count, tokens[i].kind == .newline { i += 1 }
        let headerStart = i
        var sawIn = false
        while i < tokens.count {
            let t = tokens[i]
            if t.isKeyword(.in) { sawIn = true; break }
            if t.kind == .newline || t.kind == .eof || t.isSymbol(.lBrace) || t.isSymbol(.rBrace) || t.kind == .keyword { break }
            i += 1
        }
        guard sawIn else { return nil }
        pos = headerStart
        var parameters: [ClosureParameter] = []
        var returnType: TypeAnnotation?
        if peekRaw().isSymbol(.lParen) {
            pos += 1
            ignoreNewlines.append(true)
            while !check(.rParen) {
                let name = advance()
                guard name.kind == .identifier || name.isSymbol(.underscore) else { throw ParseError(.expectedParameterName(describe(name)), name.range) }
                var type: TypeAnnotation?
                if accept(.colon) { type = try parseTypeAnnotation() }
                parameters.append(ClosureParameter(name: name.isSymbol(.underscore) ? "_" : name.text, type: type, range: name.range))
                if !accept(.comma) { break }
            }
            _ = try expect(.rParen, "to close the closure's parameters")
            popNewlineMode()
            if accept(.arrow) { returnType = try parseTypeAnnotation() }
        } else {
            repeat {
                let name = advance()
                guard name.kind == .identifier || name.isSymbol(.underscore) else { throw ParseError(.expectedParameterName(describe(name)), name.range) }
                parameters.append(ClosureParameter(name: name.isSymbol(.underscore) ? "_" : name.text, type: nil, range: name.range))
            } while accept(.comma)
        }
        guard peek().isKeyword(.in) else { throw ParseError(.expected("in", "after the closure's parameters", found: describe(peek())), peek().range) }
        advance()
        return (parameters, returnType)
    }

    mutating func parsePrimary() throws -> Expr {
        let token = peek()
        switch token.kind {
        case .integer:
            advance()
            return node(.int(try integerValue(token)), token.range)
        case .float:
            advance()
            guard let v = Double(token.text.filter { $0 != "_" }) else { throw ParseError(.invalidNumber(token.text), token.range) }
            return node(.double(v), token.range)
        case .string:
            advance()
            return node(.string(try interpolationPieces(token)), token.range)
        case .keyword:
            switch token.keyword {
            case .true?, .false?:
                advance()
                return node(.bool(token.keyword == .true), token.range)
            case .nil?:
                advance()
                return node(.nilLiteral, token.range)
            default:
                throw ParseError(.keywordInExpression(token.text, startsStatement: token.keyword?.startsStatement ?? false), token.range)
            }
        case .identifier:
            advance()
            if token.text.hasPrefix("$"), let n = Int(token.text.dropFirst()) {
                guard !anonymousArguments.isEmpty else { throw ParseError(.anonymousOutsideClosure(token.text), token.range) }
                anonymousArguments[anonymousArguments.count - 1] = max(anonymousArguments[anonymousArguments.count - 1], n + 1)
            }
            return node(.name(token.text), token.range)
        case .symbol:
            switch token.symbol {
            case .dot?:
                advance()
                let name = peekRaw()
                guard name.kind == .identifier || name.kind == .keyword, name.range.start == token.range.end else {
                    throw ParseError(.expectedCaseName, name.range)
                }
                advance()
                return node(.implicitMember(name: name.text), token.range.to(name.range))
            case .lParen?:
                advance()
                ignoreNewlines.append(true)
                defer { popNewlineMode() }
                var elements: [Expr] = []
                while !check(.rParen) {
                    if peek().kind == .identifier, peekRaw(1).isSymbol(.colon) {
                        let label = peek()
                        advance(); advance()
                        let value = try parseExpression()
                        elements.append(node(.labelled(label.text, value), label.range.to(value.range)))
                    } else {
                        elements.append(try parseExpression())
                    }
                    if !accept(.comma) { break }
                }
                let close = try expect(.rParen, "to close the parenthesis")
                if elements.count == 1 {
                    var inner = elements[0]
                    inner.range = token.range.to(close.range)
                    return inner
                }
                return node(.tuple(elements), token.range.to(close.range))
            case .lBracket?:
                return try parseCollectionLiteral(token)
            case .lBrace?:
                advance()
                return try parseClosureBody(start: token.range)
            case .underscore? where peekRaw(1).isSymbol(.assign):
                advance()
                return node(.discard, token.range)
            default:
                throw ParseError(.expectedExpression(found: "'\(token.text)'"), token.range)
            }
        case .eof, .newline:
            throw ParseError(.expectedExpressionAt(describe(token)), token.range)
        case .unknown, .comment, .whitespace:
            throw ParseError(.unexpectedText(token.text), token.range)
        }
    }

    /// `[1, 2]`, `["a": 1]`, `[:]`.
    private mutating func parseCollectionLiteral(_ open: Token) throws -> Expr {
        advance()
        ignoreNewlines.append(true)
        defer { popNewlineMode() }
        if check(.colon) {
            advance()
            let close = try expect(.rBracket, "to close the empty dictionary '[:]'")
            return node(.dictionary([]), open.range.to(close.range))
        }
        var elements: [Expr] = []
        var entries: [(key: Expr, value: Expr)] = []
        while !check(.rBracket) {
            let first = try parseExpression()
            if accept(.colon) {
                guard elements.isEmpty else { throw ParseError(.mixedDictionaryLiteral, first.range) }
                entries.append((first, try parseExpression()))
            } else {
                guard entries.isEmpty else { throw ParseError(.mixedDictionaryLiteral, first.range) }
                elements.append(first)
            }
            if !accept(.comma) { break }
        }
        let close = try expect(.rBracket, entries.isEmpty ? "to close the array" : "to close the dictionary")
        if !entries.isEmpty { return node(.dictionary(entries), open.range.to(close.range)) }
        return node(.array(elements), open.range.to(close.range))
    }

    func integerValue(_ token: Token) throws -> Int {
        var text = token.text.contains("_") ? token.text.filter { $0 != "_" } : token.text
        var radix = 10
        if text.hasPrefix("0x") { radix = 16; text.removeFirst(2) }
        else if text.hasPrefix("0b") { radix = 2; text.removeFirst(2) }
        else if text.hasPrefix("0o") { radix = 8; text.removeFirst(2) }
        guard let v = Int(text, radix: radix) else { throw ParseError(.integerTooLarge(token.text), token.range) }
        return v
    }

    mutating func interpolationPieces(_ token: Token) throws -> [InterpolationPiece] {
        var pieces: [InterpolationPiece] = []
        for part in token.parts {
            switch part {
            case .text(let s):
                pieces.append(.text(s))
            case .interpolation(let tokens, let range):
                var sub = Parser(tokens: tokens)
                sub.ignoreNewlines = [true]
                sub.nextID = nextID
                sub.anonymousArguments = anonymousArguments
                if sub.peek().kind == .eof { throw ParseError(.emptyInterpolation, range) }
                let expr = try sub.parseExpression()
                let rest = sub.peek()
                problems += sub.problems
                nextID = sub.nextID
                anonymousArguments = sub.anonymousArguments
                if rest.kind != .eof { throw ParseError(.unexpectedInInterpolation(sub.describe(rest)), rest.range) }
                pieces.append(.expr(expr))
            }
        }
        return pieces
    }
}
