import FolioLanguage

/// Colours cell code for the HTML report with the language's own lexer, so highlighting never
/// disagrees with what the interpreter sees.
enum CodeHighlighter {
    static func html(_ code: String) -> String {
        highlightTokens(code).map { token in
            let text = escape(token.text)
            let kind = "\(token.kind)"
            return kind == "whitespace" || kind == "plain" ? text : "<span class=\"tok-\(kind)\">\(text)</span>"
        }.joined()
    }

    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.count)
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
