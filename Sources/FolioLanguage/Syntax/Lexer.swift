import FolioCore

/// Turns a cell's text into tokens. Never fails: problems become diagnostics and the lexer goes on.
struct Lexer {
    let chars: [Character]
    /// The String index of every character (plus the end), so token texts are cheap substrings.
    private let stringIndices: [String.Index]
    private let text: String
    var index = 0
    private var line = 0
    private var column = 0
    private let keepTrivia: Bool
    private(set) var problems: [(message: String, range: SourceRange, fix: String?)] = []

    init(_ text: String, keepTrivia: Bool = false) {
        var chars: [Character] = []
        var indices: [String.Index] = []
        var i = text.startIndex
        while i < text.endIndex {
            indices.append(i)
            chars.append(text[i])
            i = text.index(after: i)
        }
        indices.append(text.endIndex)
        self.chars = chars
        self.stringIndices = indices
        self.text = text
        self.keepTrivia = keepTrivia
    }

    private func slice(_ from: Int, _ to: Int) -> String {
        String(text[stringIndices[from]..<stringIndices[to]])
    }

    // Character classes with an ASCII fast path (Unicode property lookups are slow).
    static func isNewline(_ c: Character) -> Bool {
        if let a = c.asciiValue { return a == 10 || a == 13 }  // "\r\n" is one Character with asciiValue 10
        return c.isNewline
    }
    static func isSpace(_ c: Character) -> Bool {
        if let a = c.asciiValue { return a == 32 || a == 9 || a == 11 || a == 12 }
        return c.isWhitespace && !c.isNewline
    }
    private static func isIdentifierStart(_ c: Character) -> Bool {
        if let a = c.asciiValue { return (a >= 65 && a <= 90) || (a >= 97 && a <= 122) || a == 95 }
        return c.isLetter
    }
    private static func isIdentifierPart(_ c: Character) -> Bool {
        if let a = c.asciiValue { return (a >= 65 && a <= 90) || (a >= 97 && a <= 122) || a == 95 || (a >= 48 && a <= 57) }
        return c.isLetter || c.isNumber
    }
    private static func isDigit(_ c: Character) -> Bool {
        if let a = c.asciiValue { return a >= 48 && a <= 57 }
        return false
    }

    private static let threeCharSymbols: Set<String> = ["..<", "..."]
    private static let twoCharSymbols: Set<String> = ["==", "!=", "<=", ">=", "&&", "||", "+=", "-=", "*=", "/=", "%=", "->", "??", "<<", ">>", "&+", "&-", "&*", "~="]
    private static let oneCharSymbols: Set<Character> = ["+", "-", "*", "/", "%", "=", "<", ">", "!", "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "?", "&", "|", "_", "^", "~"]

    var position: Position { Position(line: line, column: column) }

    mutating func report(_ message: Message, _ range: SourceRange) {
        problems.append((message.text, range, message.fix))
    }

    func peek(_ offset: Int = 0) -> Character? {
        let i = index + offset
        return i < chars.count ? chars[i] : nil
    }

    mutating func advance() {
        guard index < chars.count else { return }
        if Lexer.isNewline(chars[index]) {
            line += 1
            column = 0
        } else {
            column += 1
        }
        index += 1
    }

    /// All tokens up to and including `.eof`.
    mutating func tokenize() -> [Token] {
        var tokens: [Token] = []
        var atLineStart = true
        while true {
            var token = nextToken()
            switch token.kind {
            case .whitespace, .comment:
                if keepTrivia { tokens.append(token) }
                continue
            case .newline:
                atLineStart = true
                if let last = tokens.last, last.kind == .newline, !keepTrivia {
                    continue
                }
                tokens.append(token)
                continue
            default:
                token.startsLine = atLineStart
                atLineStart = false
                tokens.append(token)
            }
            if token.kind == .eof { return tokens }
        }
    }

    private mutating func nextToken() -> Token {
        let start = position
        let startIndex = index
        guard let c = peek() else {
            return Token(kind: .eof, text: "", range: SourceRange(start, start))
        }
        func make(_ kind: TokenKind) -> Token {
            Token(kind: kind, text: slice(startIndex, index), range: SourceRange(start, position))
        }
        if Lexer.isNewline(c) {
            advance()
            return make(.newline)
        }
        if Lexer.isSpace(c) {
            while let d = peek(), Lexer.isSpace(d) { advance() }
            return make(.whitespace)
        }
        if c == "/" && peek(1) == "/" {
            while let d = peek(), !Lexer.isNewline(d) { advance() }
            return make(.comment)
        }
        if c == "/" && peek(1) == "*" {
            lexBlockComment(start)
            return make(.comment)
        }
        if (c != "_" && Lexer.isIdentifierStart(c)) || (c == "_" && (peek(1).map(Lexer.isIdentifierPart) ?? false)) {
            while let d = peek(), Lexer.isIdentifierPart(d) { advance() }
            let text = slice(startIndex, index)
            return make(Keywords.all.contains(text) ? .keyword : .identifier)
        }
        if c == "$", let d = peek(1), Lexer.isDigit(d) {
            // `$0`, `$1`: a closure's anonymous arguments.
            advance()
            while let e = peek(), Lexer.isDigit(e) { advance() }
            return make(.identifier)
        }
        if c == "@", let d = peek(1), Lexer.isIdentifierStart(d) {
            // An attribute such as `@escaping`.
            advance()
            while let e = peek(), Lexer.isIdentifierPart(e) { advance() }
            return make(.identifier)
        }
        if c == "`" {
            // A back-quoted identifier such as `default`.
            advance()
            while let d = peek(), Lexer.isIdentifierPart(d) { advance() }
            if peek() == "`" { advance() } else { report(.unterminatedBackQuote, SourceRange(start, position)) }
            var token = make(.identifier)
            token.text = token.text.replacingOccurrences(of: "`", with: "")
            return token
        }
        if Lexer.isDigit(c) {
            return lexNumber(start, startIndex)
        }
        if c == "\"" {
            return lexString(start, startIndex)
        }
        if index + 3 <= chars.count, c == "." {
            let three = slice(index, index + 3)
            if Lexer.threeCharSymbols.contains(three) {
                advance(); advance(); advance()
                return make(.symbol)
            }
        }
        if index + 2 <= chars.count, chars[index + 1].asciiValue.map({ "=&|>?<+-*".utf8.contains($0) }) == true {
            let two = slice(index, index + 2)
            if Lexer.twoCharSymbols.contains(two) {
                advance(); advance()
                return make(.symbol)
            }
        }
        if Lexer.oneCharSymbols.contains(c) {
            advance()
            return make(.symbol)
        }
        advance()
        report(.unexpectedCharacter(c), SourceRange(start, position))
        return make(.unknown)
    }

    private mutating func lexBlockComment(_ start: Position) {
        advance(); advance()
        var depth = 1
        while depth > 0 {
            guard let d = peek() else {
                report(.unterminatedComment, SourceRange(start, Position(line: start.line, column: start.column + 2)))
                return
            }
            if d == "*" && peek(1) == "/" {
                advance(); advance(); depth -= 1
            } else if d == "/" && peek(1) == "*" {
                advance(); advance(); depth += 1
            } else {
                advance()
            }
        }
    }

    private mutating func lexNumber(_ start: Position, _ startIndex: Int) -> Token {
        var isFloat = false
        func digits(_ lexer: inout Lexer) {
            while let d = lexer.peek(), Lexer.isDigit(d) || d == "_" { lexer.advance() }
        }
        if peek() == "0", peek(1) == "x" || peek(1) == "b" || peek(1) == "o" {
            advance(); advance()
            while let d = peek(), d.isHexDigit || d == "_" { advance() }
            return Token(kind: .integer, text: slice(startIndex, index), range: SourceRange(start, position))
        }
        digits(&self)
        if peek() == ".", let d = peek(1), Lexer.isDigit(d) {
            isFloat = true
            advance()
            digits(&self)
        }
        if peek() == "e" || peek() == "E" {
            let sign = peek(1)
            let hasSign = sign == "+" || sign == "-"
            if let d = peek(hasSign ? 2 : 1), Lexer.isDigit(d) {
                isFloat = true
                advance()
                if hasSign { advance() }
                digits(&self)
            }
        }
        if let d = peek(), Lexer.isIdentifierStart(d) {
            while let e = peek(), Lexer.isIdentifierPart(e) { advance() }
            report(.invalidNumber(slice(startIndex, index)), SourceRange(start, position))
        }
        return Token(kind: isFloat ? .float : .integer, text: slice(startIndex, index), range: SourceRange(start, position))
    }

    private mutating func lexString(_ start: Position, _ startIndex: Int) -> Token {
        var layout: MultilineLayout?
        if peek(1) == "\"", peek(2) == "\"" {
            advance(); advance(); advance()
            guard let found = multilineLayout(start) else {
                return Token(kind: .string, text: slice(startIndex, index), range: SourceRange(start, position), parts: [.text("")])
            }
            layout = found
            stripIndentation(found)
        } else {
            advance()  // opening quote
        }
        var parts: [StringPart] = []
        var text = ""
        while true {
            if let layout, index == layout.closingLineStart {
                // The closing delimiter's line: its indentation, then `"""`.
                for _ in 0..<(layout.indentation.count + 3) { advance() }
                break
            }
            if let layout, let c = peek(), Lexer.isNewline(c) {
                advance()
                // The line break before the closing delimiter is not part of the text.
                if index != layout.closingLineStart {
                    text.append("\n")
                    stripIndentation(layout)
                }
                continue
            }
            guard let c = peek(), !Lexer.isNewline(c) else {
                report(.unterminatedString, SourceRange(start, Position(line: start.line, column: start.column + 1)))
                break
            }
            if c == "\"" && layout == nil {
                advance()
                break
            }
            if c == "\\" {
                let escapeStart = position
                advance()
                if let layout, let e = peek(), Lexer.isNewline(e) {
                    // A backslash at the end of a line joins it to the next.
                    advance()
                    if index != layout.closingLineStart { stripIndentation(layout) }
                    continue
                }
                guard let e = peek(), !Lexer.isNewline(e) else { continue }
                if e == "(" {
                    advance()
                    if !text.isEmpty { parts.append(.text(text)); text = "" }
                    let interpolationStart = position
                    var tokens: [Token] = []
                    var depth = 0
                    while true {
                        guard let next = peek(), !Lexer.isNewline(next) else {
                            report(.unterminatedInterpolation, SourceRange(escapeStart, Position(line: escapeStart.line, column: escapeStart.column + 2)))
                            return Token(kind: .string, text: slice(startIndex, index), range: SourceRange(start, position), parts: parts + [.text(text)])
                        }
                        _ = next
                        let token = nextToken()
                        if token.kind == .whitespace || token.kind == .comment { continue }
                        if token.isSymbol("(") { depth += 1 }
                        if token.isSymbol(")") {
                            if depth == 0 { break }
                            depth -= 1
                        }
                        tokens.append(token)
                    }
                    let end = Position(line: position.line, column: position.column - 1)
                    tokens.append(Token(kind: .eof, text: "", range: SourceRange(end, end)))
                    parts.append(.interpolation(tokens, SourceRange(interpolationStart, end)))
                    continue
                }
                advance()
                switch e {
                case "n": text.append("\n")
                case "t": text.append("\t")
                case "r": text.append("\r")
                case "0": text.append("\0")
                case "\\": text.append("\\")
                case "\"": text.append("\"")
                case "'": text.append("'")
                case "u":
                    var hex = ""
                    if peek() == "{" {
                        advance()
                        while let h = peek(), h.isHexDigit { hex.append(h); advance() }
                        if peek() == "}" { advance() }
                    }
                    if let v = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(v) {
                        text.unicodeScalars.append(scalar)
                    } else {
                        report(.invalidUnicodeEscape, SourceRange(escapeStart, position))
                    }
                default:
                    report(.invalidEscape(e), SourceRange(escapeStart, position))
                }
                continue
            }
            text.append(c)
            advance()
        }
        if !text.isEmpty || parts.isEmpty { parts.append(.text(text)) }
        return Token(kind: .string, text: slice(startIndex, index), range: SourceRange(start, position), parts: parts)
    }
}
