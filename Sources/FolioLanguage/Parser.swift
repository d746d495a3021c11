/// A syntax error found while parsing; the parser records it and resumes at the next line.
struct ParseError: Error {
    var message: String
    var range: SourceRange
    var fix: String?
}

/// A recursive-descent parser over the lexer's tokens (no trivia). Newlines end statements except
/// inside `(...)` and `[...]`, after a binary operator, and before a line starting with `.member`.
struct Parser {
    private var tokens: [Token]
    private var pos = 0
    /// Whether newlines are insignificant at this nesting level (inside parentheses and brackets).
    private var ignoreNewlines: [Bool] = [false]
    /// In `for`/`if`/`while` headers a `{` opens the body, not a builder closure.
    private var allowTrailingClosure = true
    private(set) var problems: [ParseError] = []
    /// Nesting depth of expressions; bounded so a pathological cell cannot exhaust the stack.
    private var depth = 0
    private static let maximumDepth = 100
    private static let maximumChain = 300

    init(tokens: [Token]) {
        self.tokens = tokens.isEmpty ? [Token(kind: .eof, text: "", range: SourceRange(Position(line: 0, column: 0), Position(line: 0, column: 0)))] : tokens
    }

    // MARK: token access

    private mutating func peek() -> Token {
        if ignoreNewlines.last == true {
            while pos < tokens.count - 1, tokens[pos].kind == .newline { pos += 1 }
        }
        return tokens[min(pos, tokens.count - 1)]
    }

    private func peekRaw(_ offset: Int = 0) -> Token {
        tokens[min(pos + offset, tokens.count - 1)]
    }

    @discardableResult
    private mutating func advance() -> Token {
        let token = peek()
        if pos < tokens.count - 1 { pos += 1 }
        return token
    }

    private mutating func skipNewlines() {
        while peekRaw().kind == .newline || peekRaw().isSymbol(";") { pos += 1 }
    }

    private mutating func check(_ symbol: String) -> Bool { peek().isSymbol(symbol) }

    private mutating func accept(_ symbol: String) -> Bool {
        if check(symbol) { advance(); return true }
        return false
    }

    private mutating func expect(_ symbol: String, _ context: String) throws -> Token {
        let token = peek()
        if token.isSymbol(symbol) { return advance() }
        throw ParseError(message: "expected '\(symbol)' \(context), found \(describe(token))", range: missingRange(before: token),
                         fix: "insert '\(symbol)'")
    }

    /// Where to report something missing before `token`: right after the previous token when
    /// `token` is on a later line (or the end), so the caret stays on the line with the problem.
    private func missingRange(before token: Token) -> SourceRange {
        guard pos > 0, token.startsLine || token.kind == .eof || token.kind == .newline else { return token.range }
        var previous = min(pos - 1, tokens.count - 1)
        while previous > 0 && tokens[previous].kind == .newline { previous -= 1 }
        let end = tokens[previous].range.end
        return SourceRange(end, Position(line: end.line, column: end.column + 1))
    }

    private func describe(_ token: Token) -> String {
        switch token.kind {
        case .eof: return "end of cell"
        case .newline: return "end of line"
        case .string: return "a string"
        default: return "'\(token.text)'"
        }
    }

    private var lastRange: SourceRange { tokens[max(0, min(pos - 1, tokens.count - 1))].range }

    // MARK: statements

    mutating func parseCell() -> [Stmt] {
        let statements = parseStatements(untilBrace: false)
        return statements
    }

    private mutating func parseStatements(untilBrace: Bool) -> [Stmt] {
        var statements: [Stmt] = []
        while true {
            skipNewlines()
            let token = peekRaw()
            if token.kind == .eof { break }
            if token.isSymbol("}") {
                if untilBrace { break }
                problems.append(ParseError(message: "unexpected '}'", range: token.range, fix: "remove it, or add the matching '{'"))
                pos += 1
                continue
            }
            let startPosition = pos
            defer {
                // Always make progress, whatever went wrong.
                if pos == startPosition && peekRaw().kind != .eof { pos += 1 }
            }
            do {
                statements.append(try parseStatement())
                let next = peekRaw()
                if !(next.kind == .newline || next.kind == .eof || next.isSymbol(";") || (untilBrace && next.isSymbol("}"))) {
                    throw ParseError(message: "unexpected \(describe(next)) after the statement", range: next.range,
                                     fix: "put each statement on its own line (or separate them with ';')")
                }
            } catch let error as ParseError {
                problems.append(error)
                synchronize()
            } catch {
                synchronize()
            }
        }
        return statements
    }

    /// Skips to the end of the broken statement's line, keeping brackets balanced.
    /// Every push on `ignoreNewlines` is popped by a `defer` (or, in `parseBlock`, after the
    /// non-throwing `parseStatements`), so the stack is already right here; resetting it inside a
    /// block used to empty it, and the block's pop then trapped.
    private mutating func synchronize() {
        allowTrailingClosure = true
        var depth = 0
        while true {
            let token = peekRaw()
            if token.kind == .eof { return }
            // A statement keyword starting a line is a safe place to resume, even inside brackets.
            if token.startsLine, token.kind == .keyword, ["let", "var", "for", "if", "while"].contains(token.text) { return }
            if token.kind == .newline && depth <= 0 { return }
            if token.isSymbol("(") || token.isSymbol("[") || token.isSymbol("{") { depth += 1 }
            if token.isSymbol(")") || token.isSymbol("]") || token.isSymbol("}") {
                // A stray '}' at depth 0 may close the enclosing block; keep it for the block.
                if depth == 0 && token.isSymbol("}") { return }
                depth = max(0, depth - 1)
            }
            pos += 1
        }
    }

    private mutating func parseStatement() throws -> Stmt {
        let token = peek()
        let start = token.range
        if token.isKeyword("let") || token.isKeyword("var") {
            advance()
            let pattern = try parsePattern()
            var annotation: TypeAnnotation?
            if accept(":") {
                let typeStart = peek().range
                let type = try parseType()
                annotation = TypeAnnotation(type: type, range: typeStart.to(lastRange))
            }
            if !check("=") {
                throw ParseError(message: "expected '=' and an initial value for '\(pattern.names.joined(separator: ", "))'",
                                 range: peek().range, fix: "write \(token.text) \(pattern.names.first ?? "x") = value")
            }
            advance()
            let value = try parseExpression()
            return Stmt(kind: .binding(pattern: pattern, mutable: token.text == "var", annotation: annotation, value: value),
                        range: start.to(value.range))
        }
        if token.isKeyword("for") {
            advance()
            let pattern = try parsePattern()
            guard peek().isKeyword("in") else {
                throw ParseError(message: "expected 'in' after the loop variable", range: peek().range, fix: "write for x in sequence { ... }")
            }
            advance()
            let sequence = try parseHeaderExpression()
            let body = try parseBlock("after the for-in sequence")
            return Stmt(kind: .forIn(pattern: pattern, sequence: sequence, body: body), range: start.to(lastRange))
        }
        if token.isKeyword("if") { return try parseIf() }
        if token.isKeyword("while") {
            advance()
            let condition = try parseHeaderExpression()
            let body = try parseBlock("after the while condition")
            return Stmt(kind: .whileLoop(condition: condition, body: body), range: start.to(lastRange))
        }
        if token.isKeyword("break") { advance(); return Stmt(kind: .breakLoop, range: start) }
        if token.isKeyword("continue") { advance(); return Stmt(kind: .continueLoop, range: start) }
        if token.isKeyword("else") {
            throw ParseError(message: "'else' without a matching 'if'", range: start, fix: "put 'else' right after the if-block's '}'")
        }
        let expr = try parseExpression()
        let next = peek()
        if next.kind == .symbol, ["=", "+=", "-=", "*=", "/=", "%="].contains(next.text) {
            advance()
            let value = try parseExpression()
            return Stmt(kind: .assignment(target: expr, op: next.text, value: value, opRange: next.range), range: expr.range.to(value.range))
        }
        return Stmt(kind: .expression(expr), range: expr.range)
    }

    private mutating func parseIf() throws -> Stmt {
        let start = advance().range
        let condition = try parseHeaderExpression()
        let then = try parseBlock("after the if condition")
        var otherwise: [Stmt]?
        if peekRaw().isKeyword("else") {
            advance()
            if peek().isKeyword("if") {
                otherwise = [try parseIf()]
            } else {
                otherwise = try parseBlock("after 'else'")
            }
        }
        return Stmt(kind: .ifElse(condition: condition, then: then, otherwise: otherwise), range: start.to(lastRange))
    }

    private mutating func parseHeaderExpression() throws -> Expr {
        let saved = allowTrailingClosure
        allowTrailingClosure = false
        defer { allowTrailingClosure = saved }
        return try parseExpression()
    }

    private mutating func parseBlock(_ context: String) throws -> [Stmt] {
        _ = try expect("{", context)
        ignoreNewlines.append(false)
        let savedClosure = allowTrailingClosure
        allowTrailingClosure = true
        let body = parseStatements(untilBrace: true)
        allowTrailingClosure = savedClosure
        _ = ignoreNewlines.popLast()
        skipNewlines()
        let close = peekRaw()
        guard close.isSymbol("}") else {
            throw ParseError(message: "expected '}' to close the block, found \(describe(close))", range: missingRange(before: close), fix: "add '}'")
        }
        pos += 1
        return body
    }

    private mutating func parsePattern() throws -> Pattern {
        let token = peek()
        depth += 1
        defer { depth -= 1 }
        if depth > Parser.maximumDepth {
            throw ParseError(message: "this is nested more than \(Parser.maximumDepth) levels deep", range: token.range, fix: nil)
        }
        if token.kind == .identifier {
            advance()
            return .name(token.text, token.range)
        }
        if token.isSymbol("_") {
            advance()
            return .wildcard(token.range)
        }
        if token.isSymbol("(") {
            advance()
            ignoreNewlines.append(true)
            defer { _ = ignoreNewlines.popLast() }
            var elements: [Pattern] = []
            repeat {
                if check(")") { break }
                elements.append(try parsePattern())
            } while accept(",")
            let close = try expect(")", "to close the tuple pattern")
            return .tuple(elements, token.range.to(close.range))
        }
        if token.kind == .keyword {
            throw ParseError(message: "'\(token.text)' is a keyword and cannot be a name", range: token.range, fix: "choose another name, e.g. '\(token.text)Value'")
        }
        throw ParseError(message: "expected a name, found \(describe(token))", range: token.range, fix: nil)
    }

    private mutating func parseType() throws -> FolioType {
        var type: FolioType
        let token = peek()
        depth += 1
        defer { depth -= 1 }
        if depth > Parser.maximumDepth {
            throw ParseError(message: "this is nested more than \(Parser.maximumDepth) levels deep", range: token.range, fix: nil)
        }
        if token.isSymbol("[") {
            advance()
            let element = try parseType()
            _ = try expect("]", "to close the array type")
            type = .array(element)
        } else if token.isSymbol("(") {
            advance()
            var elements: [FolioType] = []
            repeat {
                if check(")") { break }
                elements.append(try parseType())
            } while accept(",")
            _ = try expect(")", "to close the tuple type")
            type = elements.count == 1 ? elements[0] : .tuple(elements)
        } else if token.kind == .identifier {
            advance()
            switch token.text {
            case "Int": type = .int
            case "Double", "Float": type = .double
            case "String": type = .string
            case "Bool": type = .bool
            case "Any": type = .any
            case "Void": type = .void
            default: type = .named(token.text)
            }
        } else {
            throw ParseError(message: "expected a type, found \(describe(token))", range: token.range, fix: "e.g. Int, Double, String, [Double]")
        }
        while peekRaw().isSymbol("?") {
            advance()
            type = .optional(type)
        }
        return type
    }

    // MARK: expressions

    private static let precedence: [String: Int] = [
        "||": 1, "&&": 2,
        "==": 3, "!=": 3, "<": 3, "<=": 3, ">": 3, ">=": 3,
        "..<": 4, "...": 4,
        "+": 5, "-": 5,
        "*": 6, "/": 6, "%": 6,
    ]

    mutating func parseExpression() throws -> Expr {
        try parseBinary(minimum: 1)
    }

    private mutating func parseBinary(minimum: Int) throws -> Expr {
        var lhs = try parseUnary()
        var operators = 0
        while true {
            let token = peek()
            guard token.kind == .symbol, let level = Parser.precedence[token.text], level >= minimum else { return lhs }
            operators += 1
            if operators > Parser.maximumChain {
                throw ParseError(message: "this expression has more than \(Parser.maximumChain) operators", range: token.range,
                                 fix: "split it into several statements")
            }
            advance()
            skipNewlinesAfterOperator()
            let rhs = try parseBinary(minimum: level + 1)
            lhs = Expr(kind: .binary(op: token.text, lhs: lhs, rhs: rhs, opRange: token.range), range: lhs.range.to(rhs.range))
        }
    }

    private mutating func skipNewlinesAfterOperator() {
        while peekRaw().kind == .newline { pos += 1 }
    }

    private mutating func parseUnary() throws -> Expr {
        let token = peek()
        depth += 1
        defer { depth -= 1 }
        if depth > Parser.maximumDepth {
            throw ParseError(message: "this expression is nested more than \(Parser.maximumDepth) levels deep", range: token.range,
                             fix: "split it into several statements")
        }
        if token.isSymbol("-") || token.isSymbol("!") || token.isSymbol("+") {
            advance()
            let operand = try parseUnary()
            if token.text == "-", case .int(let v) = operand.kind, operand.range.start == token.range.end {
                return Expr(kind: .int(-v), range: token.range.to(operand.range))
            }
            if token.text == "-", case .double(let v) = operand.kind, operand.range.start == token.range.end {
                return Expr(kind: .double(-v), range: token.range.to(operand.range))
            }
            return Expr(kind: .unary(op: token.text, operand: operand), range: token.range.to(operand.range))
        }
        return try parsePostfix()
    }

    private mutating func parsePostfix() throws -> Expr {
        var expr = try parsePrimary()
        while true {
            let token = peek()
            if token.isSymbol(".") {
                advance()
                expr = try parseMember(of: expr)
            } else if token.isSymbol("("), !token.startsLine {
                advance()
                let arguments = try parseArguments(close: ")")
                let close = lastRange
                expr = Expr(kind: .call(callee: expr, arguments: arguments, builder: nil), range: expr.range.to(close))
            } else if token.isSymbol("["), !token.startsLine {
                advance()
                ignoreNewlines.append(true)
                defer { _ = ignoreNewlines.popLast() }
                let index = try parseExpression()
                let close = try expect("]", "to close the subscript")
                expr = Expr(kind: .subscriptAccess(base: expr, index: index), range: expr.range.to(close.range))
            } else if token.isSymbol("{"), !token.startsLine, allowTrailingClosure, canTakeTrailingClosure(expr) {
                advance()
                let items = try parseBuilderItems()
                let range = expr.range.to(lastRange)
                if case .call(let callee, let arguments, nil) = expr.kind {
                    expr = Expr(kind: .call(callee: callee, arguments: arguments, builder: items), range: range)
                } else {
                    expr = Expr(kind: .call(callee: expr, arguments: [], builder: items), range: range)
                }
            } else if token.kind == .newline, peekRaw(1).isSymbol("."), ignoreNewlines.last != true {
                // A line starting with `.member` continues the chain above it.
                pos += 1
            } else {
                return expr
            }
        }
    }

    private func canTakeTrailingClosure(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .name, .member: return true
        case .call(_, _, let builder): return builder == nil
        default: return false
        }
    }

    private mutating func parseMember(of base: Expr) throws -> Expr {
        let name = peek()
        if name.kind == .identifier || name.kind == .keyword || name.kind == .integer {
            advance()
            return Expr(kind: .member(base: base, name: name.text, nameRange: name.range), range: base.range.to(name.range))
        }
        throw ParseError(message: "expected a member name after '.', found \(describe(name))", range: name.range, fix: nil)
    }

    private mutating func parseArguments(close: String) throws -> [Argument] {
        ignoreNewlines.append(true)
        defer { _ = ignoreNewlines.popLast() }
        var arguments: [Argument] = []
        while !check(close) {
            let first = peek()
            var label: String?
            var labelRange = first.range
            if (first.kind == .identifier || first.kind == .keyword), peekRaw(1).isSymbol(":") {
                label = first.text
                labelRange = first.range
                advance()
                advance()
            }
            let value = try parseExpression()
            if label == nil { labelRange = value.range }
            arguments.append(Argument(label: label, labelRange: labelRange, value: value))
            if !accept(",") {
                if !check(close) {
                    let token = peek()
                    throw ParseError(message: "expected ',' or '\(close)' in the argument list, found \(describe(token))", range: missingRange(before: token),
                                     fix: "separate arguments with ','")
                }
            }
        }
        advance()
        return arguments
    }

    private mutating func parseBuilderItems() throws -> [Expr] {
        ignoreNewlines.append(false)
        let savedClosure = allowTrailingClosure
        allowTrailingClosure = true
        defer {
            _ = ignoreNewlines.popLast()
            allowTrailingClosure = savedClosure
        }
        var items: [Expr] = []
        while true {
            skipNewlines()
            let token = peekRaw()
            if token.isSymbol("}") { pos += 1; return items }
            if token.kind == .eof {
                throw ParseError(message: "expected '}' to close the { ... } block", range: missingRange(before: token), fix: "add '}'")
            }
            if token.kind == .keyword, ["let", "var", "for", "if", "while"].contains(token.text) {
                skipToClosingBrace()
                throw ParseError(message: "a { ... } block after a call holds one expression per line, not '\(token.text)'",
                                 range: token.range, fix: "define names before the call and use them inside the block")
            }
            items.append(try parseExpression())
            let next = peekRaw()
            if !(next.kind == .newline || next.isSymbol(";") || next.isSymbol("}")) {
                throw ParseError(message: "unexpected \(describe(next)) in the { ... } block", range: next.range,
                                 fix: "put each item on its own line")
            }
        }
    }

    /// Skips past the `}` that closes the current block, so one bad item is one error.
    private mutating func skipToClosingBrace() {
        var depth = 0
        while peekRaw().kind != .eof {
            let token = peekRaw()
            pos += 1
            if token.isSymbol("{") { depth += 1 }
            if token.isSymbol("}") {
                if depth == 0 { return }
                depth -= 1
            }
        }
    }

    private mutating func parsePrimary() throws -> Expr {
        let token = peek()
        switch token.kind {
        case .integer:
            advance()
            return Expr(kind: .int(try integerValue(token)), range: token.range)
        case .float:
            advance()
            guard let v = Double(token.text.replacingOccurrences(of: "_", with: "")) else {
                throw ParseError(message: "'\(token.text)' is not a valid number", range: token.range, fix: nil)
            }
            return Expr(kind: .double(v), range: token.range)
        case .string:
            advance()
            return Expr(kind: .string(try interpolationPieces(token)), range: token.range)
        case .keyword:
            switch token.text {
            case "true", "false":
                advance()
                return Expr(kind: .bool(token.text == "true"), range: token.range)
            case "nil":
                advance()
                return Expr(kind: .nilLiteral, range: token.range)
            default:
                throw ParseError(message: "expected an expression, found the keyword '\(token.text)'", range: token.range,
                                 fix: ["let", "var", "for", "if", "while"].contains(token.text) ? "start '\(token.text)' on its own line" : nil)
            }
        case .identifier:
            advance()
            return Expr(kind: .name(token.text), range: token.range)
        case .symbol:
            if token.text == "." {
                advance()
                let name = peekRaw()
                guard name.kind == .identifier || name.kind == .keyword, name.range.start == token.range.end else {
                    throw ParseError(message: "expected a case name after '.'", range: name.range, fix: "e.g. .relu")
                }
                advance()
                return Expr(kind: .implicitMember(name: name.text), range: token.range.to(name.range))
            }
            if token.text == "(" {
                advance()
                ignoreNewlines.append(true)
                defer { _ = ignoreNewlines.popLast() }
                var elements: [Expr] = []
                while !check(")") {
                    elements.append(try parseExpression())
                    if !accept(",") { break }
                }
                let close = try expect(")", "to close the parenthesis")
                if elements.count == 1 {
                    var inner = elements[0]
                    inner.range = token.range.to(close.range)
                    return inner
                }
                return Expr(kind: .tuple(elements), range: token.range.to(close.range))
            }
            if token.text == "[" {
                advance()
                ignoreNewlines.append(true)
                defer { _ = ignoreNewlines.popLast() }
                var elements: [Expr] = []
                while !check("]") {
                    elements.append(try parseExpression())
                    if !accept(",") { break }
                }
                let close = try expect("]", "to close the array")
                return Expr(kind: .array(elements), range: token.range.to(close.range))
            }
            throw ParseError(message: "expected an expression, found '\(token.text)'", range: token.range, fix: nil)
        case .eof, .newline:
            throw ParseError(message: "expected an expression at \(describe(token))", range: token.range, fix: nil)
        case .unknown, .comment, .whitespace:
            throw ParseError(message: "unexpected '\(token.text)'", range: token.range, fix: nil)
        }
    }

    private func integerValue(_ token: Token) throws -> Int {
        var text = token.text.replacingOccurrences(of: "_", with: "")
        var radix = 10
        if text.hasPrefix("0x") { radix = 16; text.removeFirst(2) }
        else if text.hasPrefix("0b") { radix = 2; text.removeFirst(2) }
        else if text.hasPrefix("0o") { radix = 8; text.removeFirst(2) }
        guard let v = Int(text, radix: radix) else {
            throw ParseError(message: "integer literal '\(token.text)' does not fit in an Int", range: token.range,
                             fix: "Int holds values up to \(Int.max); write it as a Double, e.g. \(token.text).0")
        }
        return v
    }

    private mutating func interpolationPieces(_ token: Token) throws -> [InterpolationPiece] {
        var pieces: [InterpolationPiece] = []
        for part in token.parts {
            switch part {
            case .text(let s):
                pieces.append(.text(s))
            case .interpolation(let tokens, let range):
                var sub = Parser(tokens: tokens)
                sub.ignoreNewlines = [true]
                if sub.peek().kind == .eof {
                    throw ParseError(message: "empty interpolation \\()", range: range, fix: "put an expression inside: \\(x)")
                }
                let expr = try sub.parseExpression()
                let rest = sub.peek()
                problems += sub.problems
                if rest.kind != .eof {
                    throw ParseError(message: "unexpected \(sub.describe(rest)) in the interpolation", range: rest.range, fix: nil)
                }
                pieces.append(.expr(expr))
            }
        }
        return pieces
    }
}
