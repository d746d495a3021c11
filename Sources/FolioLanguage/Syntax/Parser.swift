/// A syntax error found while parsing; the parser records it and resumes at the next line.
struct ParseError: Error {
    var message: String
    var range: SourceRange
    var fix: String?

    init(_ message: Message, _ range: SourceRange) {
        self.message = message.text
        self.range = range
        self.fix = message.fix
    }
}

/// A recursive-descent parser over the lexer's tokens (no trivia). Newlines end statements except
/// inside `(...)` and `[...]`, after a binary operator, and before a line starting with `.member`.
/// The grammar areas live in extensions: statements, declarations, expressions, types, patterns.
struct Parser {
    var tokens: [Token]
    var pos = 0
    /// Whether newlines are insignificant at this nesting level (inside parentheses and brackets).
    var ignoreNewlines: [Bool] = [false]
    /// In `for`/`if`/`while`/`switch` headers a `{` opens the body, not a trailing closure.
    var allowTrailingClosure = true
    var problems: [ParseError] = []
    /// Names a broken `let`/`var`/`func` statement meant to bind, so later cells do not report them as unknown.
    var recoveredNames: [String] = []
    /// Nesting depth of expressions; bounded so a pathological cell cannot exhaust the stack.
    var depth = 0
    /// How many `{ }` blocks enclose the current statement (only top-level names are recovered).
    var scopeDepth = 0
    /// The next expression id; shared with the sub-parsers of string interpolations.
    var nextID = 1
    /// The highest `$n` seen in each enclosing closure without `in`.
    var anonymousArguments: [Int] = []
    static let maximumDepth = 100
    static let maximumChain = 300

    init(tokens: [Token]) {
        self.tokens = tokens.isEmpty ? [Token(kind: .eof, text: "", range: SourceRange(Position(line: 0, column: 0), Position(line: 0, column: 0)))] : tokens
    }

    /// A new expression node with the next id.
    mutating func node(_ kind: ExprKind, _ range: SourceRange) -> Expr {
        defer { nextID += 1 }
        return Expr(kind: kind, range: range, id: nextID)
    }

    // MARK: token access

    mutating func peek() -> Token {
        if ignoreNewlines.last == true {
            while pos < tokens.count - 1, tokens[pos].kind == .newline { pos += 1 }
        }
        return tokens[min(pos, tokens.count - 1)]
    }

    func peekRaw(_ offset: Int = 0) -> Token {
        tokens[min(pos + offset, tokens.count - 1)]
    }

    @discardableResult
    mutating func advance() -> Token {
        let token = peek()
        if pos < tokens.count - 1 { pos += 1 }
        return token
    }

    mutating func popNewlineMode() {
        if ignoreNewlines.count > 1 { ignoreNewlines.removeLast() }
    }

    mutating func skipNewlines() {
        while peekRaw().kind == .newline || peekRaw().isSymbol(.semicolon) { pos += 1 }
    }

    mutating func check(_ symbol: Symbol) -> Bool { peek().isSymbol(symbol) }

    mutating func accept(_ symbol: Symbol) -> Bool {
        if check(symbol) { advance(); return true }
        return false
    }

    mutating func expect(_ symbol: Symbol, _ context: String) throws -> Token {
        let token = peek()
        if token.isSymbol(symbol) { return advance() }
        throw ParseError(.expected(symbol.rawValue, context, found: describe(token)), missingRange(before: token))
    }

    /// Where to report something missing before `token`: right after the previous token when
    /// `token` is on a later line (or the end), so the caret stays on the line with the problem.
    func missingRange(before token: Token) -> SourceRange {
        guard pos > 0, token.startsLine || token.kind == .eof || token.kind == .newline else { return token.range }
        var previous = min(pos - 1, tokens.count - 1)
        while previous > 0 && tokens[previous].kind == .newline { previous -= 1 }
        let end = tokens[previous].range.end
        return SourceRange(end, Position(line: end.line, column: end.column + 1))
    }

    func describe(_ token: Token) -> String {
        switch token.kind {
        case .eof: return "end of cell"
        case .newline: return "end of line"
        case .string: return "a string"
        default: return "'\(token.text)'"
        }
    }

    var lastRange: SourceRange { tokens[max(0, min(pos - 1, tokens.count - 1))].range }

    mutating func enterNesting(_ token: Token, _ message: Message) throws {
        depth += 1
        if depth > Parser.maximumDepth { throw ParseError(message, token.range) }
    }

    // MARK: statement lists

    mutating func parseCell() -> [Stmt] {
        parseStatements(untilBrace: false)
    }

    mutating func parseStatements(untilBrace: Bool) -> [Stmt] {
        var statements: [Stmt] = []
        while true {
            skipNewlines()
            let token = peekRaw()
            if token.kind == .eof { break }
            if token.isSymbol(.rBrace) {
                if untilBrace { break }
                problems.append(ParseError(.unexpectedBrace, token.range))
                pos += 1
                continue
            }
            if untilBrace, token.isKeyword(.case) || token.isKeyword(.default) { break }
            let startPosition = pos
            let savedNewlineModes = ignoreNewlines
            let savedClosure = allowTrailingClosure
            let savedAnonymous = anonymousArguments
            let savedDepth = depth
            defer {
                // Always make progress, whatever went wrong.
                if pos == startPosition && peekRaw().kind != .eof { pos += 1 }
            }
            do {
                statements.append(try parseStatement())
                let next = peekRaw()
                if !(next.kind == .newline || next.kind == .eof || next.isSymbol(.semicolon) || (untilBrace && endsCaseBody(next))) {
                    throw ParseError(.unexpectedAfterStatement(describe(next)), next.range)
                }
            } catch {
                if let error = error as? ParseError { problems.append(error) }
                recoverNames(from: startPosition)
                ignoreNewlines = savedNewlineModes
                allowTrailingClosure = savedClosure
                anonymousArguments = savedAnonymous
                depth = savedDepth
                synchronize()
            }
        }
        return statements
    }

    /// Swift ends a block at `}` and a case body also at the next `case` or `default`, even on the
    /// same line: `switch x { case 1: f() default: g() }`.
    func endsCaseBody(_ token: Token) -> Bool {
        token.isSymbol(.rBrace) || token.isKeyword(.case) || token.isKeyword(.default)
    }

    /// The names after `let`/`var`/`func` at `start`: `let x`, `let (a, b)`, `func f`.
    mutating func recoverNames(from start: Int) {
        guard start < tokens.count, scopeDepth == 0,
              tokens[start].isKeyword(.let) || tokens[start].isKeyword(.var) || tokens[start].isKeyword(.func) else { return }
        var i = start + 1
        if i < tokens.count, tokens[i].kind == .identifier {
            recoveredNames.append(tokens[i].text)
            return
        }
        guard i < tokens.count, tokens[i].isSymbol(.lParen) else { return }
        i += 1
        while i < tokens.count, !tokens[i].isSymbol(.rParen), tokens[i].kind != .newline, tokens[i].kind != .eof {
            if tokens[i].kind == .identifier { recoveredNames.append(tokens[i].text) }
            i += 1
        }
    }

    /// Skips to the end of the broken statement's line, keeping brackets balanced.
    mutating func synchronize() {
        var depth = 0
        while true {
            let token = peekRaw()
            if token.kind == .eof { return }
            // A statement keyword starting a line is a safe place to resume, even inside brackets.
            if token.startsLine, let keyword = token.keyword, keyword.startsStatement { return }
            if token.kind == .newline && depth <= 0 { return }
            if token.isSymbol(.lParen) || token.isSymbol(.lBracket) || token.isSymbol(.lBrace) { depth += 1 }
            if token.isSymbol(.rParen) || token.isSymbol(.rBracket) || token.isSymbol(.rBrace) {
                // A stray '}' at depth 0 may close the enclosing block; keep it for the block.
                if depth == 0 && token.isSymbol(.rBrace) { return }
                depth = max(0, depth - 1)
            }
            pos += 1
        }
    }

    /// `{ statements }`
    mutating func parseBlock(_ context: String) throws -> [Stmt] {
        _ = try expect(.lBrace, context)
        return try parseBlockBody()
    }

    /// The statements after an opening `{`, through the closing `}`.
    mutating func parseBlockBody() throws -> [Stmt] {
        ignoreNewlines.append(false)
        let savedClosure = allowTrailingClosure
        allowTrailingClosure = true
        scopeDepth += 1
        let body = parseStatements(untilBrace: true)
        scopeDepth -= 1
        allowTrailingClosure = savedClosure
        popNewlineMode()
        skipNewlines()
        let close = peekRaw()
        guard close.isSymbol(.rBrace) else {
            throw ParseError(.expectedBlockEnd(describe(close)), missingRange(before: close))
        }
        pos += 1
        return body
    }
}
