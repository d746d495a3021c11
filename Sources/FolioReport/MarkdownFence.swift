/// Fences and escapes for GitHub-flavoured Markdown.
enum MarkdownFence {
    /// A backtick fence longer than any run of backticks in `content` (at least three), so the
    /// content can never close it early (Livebook's `code_block_delimiter`).
    static func fence(for content: String) -> String {
        var longest = 0, run = 0
        for ch in content.unicodeScalars {
            if ch == "`" { run += 1; longest = max(longest, run) } else { run = 0 }
        }
        return String(repeating: "`", count: max(3, longest + 1))
    }

    /// A fenced block: fence, info, content, fence.
    static func block(_ content: String, info: String) -> String {
        let fence = fence(for: content)
        let body = content.hasSuffix("\n") ? content : content + "\n"
        return "\(fence)\(info)\n\(body)\(fence)"
    }

    /// Escapes text for a GFM table cell or inline text: the characters that would start
    /// Markdown or HTML syntax get a backslash (any ASCII punctuation may be escaped), newlines
    /// become spaces.
    static func inline(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\\", "|", "*", "_", "`", "[", "]", "<", ">", "&", "~", "#", "!":
                out.append("\\"); out.append(ch)
            case "\n", "\r\n", "\r", "\t":
                out.append(" ")
            default:
                out.append(ch)
            }
        }
        return out
    }
}
