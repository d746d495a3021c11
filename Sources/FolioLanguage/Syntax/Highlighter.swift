/// Splits source text into coloured pieces for reports, reusing the lexer. The pieces cover the whole
/// text, whitespace and comments included, so joining their `text` gives the source back.
///
/// Kinds: "keyword", "identifier", "type" (a capitalised name), "number", "string", "comment",
/// "operator", "punctuation", "whitespace", "error".
public func highlightTokens(_ source: String) -> [(kind: String, text: String)] {
    var lexer = Lexer(source, keepTrivia: true)
    let tokens = lexer.tokenize()
    var pieces: [(kind: String, text: String)] = []
    var lineStarts: [String.Index] = [source.startIndex]
    var i = source.startIndex
    while i < source.endIndex {
        let next = source.index(after: i)
        if source[i].isNewline { lineStarts.append(next) }
        i = next
    }
    func index(_ p: Position) -> String.Index {
        guard p.line < lineStarts.count else { return source.endIndex }
        return source.index(lineStarts[p.line], offsetBy: p.column, limitedBy: source.endIndex) ?? source.endIndex
    }
    var cursor = source.startIndex
    for token in tokens where token.kind != .eof {
        let start = index(token.range.start), end = index(token.range.end)
        guard start >= cursor, end >= start else { continue }
        if start > cursor { pieces.append(("whitespace", String(source[cursor..<start]))) }
        let kind: String
        switch token.kind {
        case .keyword: kind = token.text == "true" || token.text == "false" || token.text == "nil" ? "number" : "keyword"
        case .identifier: kind = token.text.first?.isUppercase == true ? "type" : "identifier"
        case .integer, .float: kind = "number"
        case .string: kind = "string"
        case .comment: kind = "comment"
        case .whitespace, .newline: kind = "whitespace"
        case .symbol: kind = ["(", ")", "[", "]", "{", "}", ",", ":", ";", "."].contains(token.text) ? "punctuation" : "operator"
        case .unknown, .eof: kind = "error"
        }
        pieces.append((kind, String(source[start..<end])))
        cursor = end
    }
    if cursor < source.endIndex { pieces.append(("whitespace", String(source[cursor...]))) }
    return pieces
}
