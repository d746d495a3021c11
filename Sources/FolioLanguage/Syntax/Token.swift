/// What kind of token the lexer found. Trivia (whitespace, comments) is kept only for highlighting.
public enum TokenKind: String, Sendable {
    case identifier, keyword, integer, float, string, symbol, newline, comment, whitespace, unknown, eof
}

/// The reserved words of the language. Swift's declaration keywords that Folio does not support
/// (`struct`, `class`, …) are recognised separately, at the start of a statement, so they stay
/// usable as argument labels and member names.
public enum Keyword: String, Sendable, CaseIterable {
    case `let`, `var`, `for`, `in`, `if`, `else`, `while`, `true`, `false`, `nil`, `break`, `continue`
    case `func`, `return`, `guard`, `switch`, `case`, `default`, `repeat`, `where`, `fallthrough`

    /// Keywords that begin a statement (a safe place to resume after a syntax error).
    var startsStatement: Bool {
        switch self {
        case .let, .var, .for, .if, .while, .func, .return, .guard, .switch, .repeat: return true
        default: return false
        }
    }
}

/// Every punctuation and operator token.
public enum Symbol: String, Sendable, CaseIterable {
    case plus = "+", minus = "-", star = "*", slash = "/", percent = "%", assign = "=", less = "<", greater = ">"
    case bang = "!", lParen = "(", rParen = ")", lBracket = "[", rBracket = "]", lBrace = "{", rBrace = "}"
    case comma = ",", colon = ":", semicolon = ";", dot = ".", question = "?", ampersand = "&", pipe = "|", underscore = "_"
    case halfOpenRange = "..<", closedRange = "..."
    case equal = "==", notEqual = "!=", lessEqual = "<=", greaterEqual = ">=", and = "&&", or = "||"
    case plusAssign = "+=", minusAssign = "-=", starAssign = "*=", slashAssign = "/=", percentAssign = "%="
    case arrow = "->", nilCoalescing = "??", at = "@", patternMatch = "~="
    case caret = "^", tilde = "~", shiftLeft = "<<", shiftRight = ">>", wrappingAdd = "&+", wrappingSubtract = "&-", wrappingMultiply = "&*"
}

/// One piece of a string literal: plain text or the tokens of a `\(...)` interpolation.
public enum StringPart: Sendable {
    case text(String)
    case interpolation([Token], SourceRange)
}

public struct Token: Sendable {
    public var kind: TokenKind {
        didSet { classify() }
    }
    /// The token exactly as written.
    public var text: String {
        didSet { classify() }
    }
    public var range: SourceRange
    /// For string literals: the decoded pieces.
    public var parts: [StringPart] = []
    /// Whether a newline (or the cell start) precedes this token, ignoring trivia.
    public var startsLine = false
    /// The keyword, for `.keyword` tokens.
    public private(set) var keyword: Keyword?
    /// The symbol, for `.symbol` tokens.
    public private(set) var symbol: Symbol?

    public init(kind: TokenKind, text: String, range: SourceRange, parts: [StringPart] = []) {
        self.kind = kind
        self.text = text
        self.range = range
        self.parts = parts
        classify()
    }

    private mutating func classify() {
        keyword = kind == .keyword ? Keyword(rawValue: text) : nil
        symbol = kind == .symbol ? Symbol(rawValue: text) : nil
    }

    public func isSymbol(_ s: Symbol) -> Bool { symbol == s }
    public func isKeyword(_ k: Keyword) -> Bool { keyword == k }
    public func isSymbol(_ s: String) -> Bool { kind == .symbol && text == s }
    public func isKeyword(_ s: String) -> Bool { kind == .keyword && text == s }
}

enum Keywords {
    static let all: Set<String> = Set(Keyword.allCases.map(\.rawValue))
}
