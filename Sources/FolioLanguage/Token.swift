/// What kind of token the lexer found. Trivia (whitespace, comments) is kept only for highlighting.
public enum TokenKind: String, Sendable {
    case identifier, keyword, integer, float, string, symbol, newline, comment, whitespace, unknown, eof
}

/// One piece of a string literal: plain text or the tokens of a `\(...)` interpolation.
public enum StringPart: Sendable {
    case text(String)
    case interpolation([Token], SourceRange)
}

public struct Token: Sendable {
    public var kind: TokenKind
    /// The token exactly as written.
    public var text: String
    public var range: SourceRange
    /// For string literals: the decoded pieces.
    public var parts: [StringPart] = []
    /// Whether a newline (or the cell start) precedes this token, ignoring trivia.
    public var startsLine = false

    public func isSymbol(_ s: String) -> Bool { kind == .symbol && text == s }
    public func isKeyword(_ s: String) -> Bool { kind == .keyword && text == s }
}

enum Keywords {
    static let all: Set<String> = ["let", "var", "for", "in", "if", "else", "while", "true", "false", "nil", "break", "continue"]
}
