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
    /// become spaces. Text is never at the start of a line here, so `#`, `-` and `1.` are safe.
    static func inline(_ text: String) -> String {
        var out = ""
        let chars = Array(text)
        for (i, ch) in chars.enumerated() {
            switch ch {
            case "_":
                // An underscore inside a word never starts emphasis (`mnist_5k`); keep it readable.
                let inWord = i > 0 && i + 1 < chars.count && (chars[i - 1].isLetter || chars[i - 1].isNumber)
                    && (chars[i + 1].isLetter || chars[i + 1].isNumber)
                if !inWord { out.append("\\") }
                out.append(ch)
            case "\\", "|", "*", "`", "[", "]", "<", ">", "&", "~":
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
