/// Swift's multi-line string literals: `"""` ends its line, the text starts on the next one, and the
/// closing `"""` stands on a line of its own; its indentation is removed from every line of the text.
struct MultilineLayout {
    /// The whitespace before the closing `"""`.
    var indentation: [Character]
    /// Where the closing delimiter's line starts (in the lexer's characters).
    var closingLineStart: Int
}

extension Lexer {
    /// Finds the closing delimiter after an opening `"""` (the lexer stands right after it) and moves
    /// to the start of the text's first line; nil (the problem reported) when the literal is malformed.
    mutating func multilineLayout(_ start: Position) -> MultilineLayout? {
        while let c = peek(), Lexer.isSpace(c) { advance() }
        guard let c = peek(), Lexer.isNewline(c) else {
            report(.multilineStringStart, SourceRange(position, position))
            skipToEnd()
            return nil
        }
        advance()
        var lineStart = index
        while lineStart < chars.count {
            var i = lineStart
            while i < chars.count, Lexer.isSpace(chars[i]) { i += 1 }
            if i + 3 <= chars.count, chars[i] == "\"", chars[i + 1] == "\"", chars[i + 2] == "\"" {
                return MultilineLayout(indentation: Array(chars[lineStart..<i]), closingLineStart: lineStart)
            }
            while i < chars.count, !Lexer.isNewline(chars[i]) { i += 1 }
            lineStart = i + 1
        }
        report(.unterminatedMultilineString, SourceRange(start, Position(line: start.line, column: start.column + 3)))
        skipToEnd()
        return nil
    }

    /// Skips the closing delimiter's indentation at the start of a line of the text; a line with less
    /// is an error, unless it holds only whitespace.
    mutating func stripIndentation(_ layout: MultilineLayout) {
        guard index != layout.closingLineStart else { return }
        var i = index
        while i < chars.count, Lexer.isSpace(chars[i]) { i += 1 }
        let blank = i >= chars.count || Lexer.isNewline(chars[i])
        if blank {
            while index < i { advance() }
            return
        }
        let indentation = layout.indentation
        if index + indentation.count <= chars.count, Array(chars[index..<(index + indentation.count)]) == indentation {
            for _ in indentation { advance() }
            return
        }
        report(.multilineIndentation, SourceRange(position, position))
        while index < i { advance() }
    }

    private mutating func skipToEnd() {
        while peek() != nil { advance() }
    }
}
