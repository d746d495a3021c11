import FolioLanguage
import FolioReport

/// Colours cell code for the HTML report with the language's own lexer, so highlighting never
/// disagrees with what the interpreter sees.
enum CodeHighlighter {
    /// Lexer token kinds to the report stylesheet's classes; unlisted kinds stay plain.
    private static let classes: [String: String] = [
        "keyword": "tok-keyword", "type": "tok-call", "number": "tok-number", "string": "tok-string",
        "comment": "tok-comment", "error": "tok-keyword",
    ]

    static func html(_ code: String) -> String {
        highlightTokens(code).map { piece in
            let text = HTMLReport.escapeOnly(piece.text)
            guard let cls = classes[piece.kind] else { return text }
            return "<span class=\"\(cls)\">\(text)</span>"
        }.joined()
    }
}
