/// One node of a cmark-gfm syntax tree, copied out of C into a Swift value.
///
/// `kind` is cmark's type string (`"paragraph"`, `"code_block"`, `"table"`, `"tasklist"`, ...).
/// Extension node types have no stable C enum, so the type string is the only reliable name
/// (swift-markdown makes the same choice). A kind this module does not know is kept as it is and
/// never traps.
public struct MarkdownNode: Hashable, Sendable {
    /// cmark's type string.
    public var kind: String
    /// Source range, 1-based lines; columns are cmark's (1-based UTF-8 byte offsets in the line).
    public var startLine: Int
    public var startColumn: Int
    public var endLine: Int
    public var endColumn: Int
    /// The text of leaf nodes (text, code, code_block, html_block, html_inline), else nil.
    public var literal: String?
    /// The whole info string of a fenced code block (`swift` plus whatever follows), else nil.
    public var fenceInfo: String?
    /// Whether a code block is fenced (``` or ~~~) rather than indented.
    public var isFenced: Bool
    /// The fence's length and character, for fenced code blocks.
    public var fenceLength: Int
    public var fenceCharacter: Character?
    /// Heading level 1...6 for headings, else 0.
    public var headingLevel: Int
    /// Destination of links and images, else nil.
    public var url: String?
    /// True when children were dropped because the tree was nested deeper than the parser's limit.
    public var isTruncated: Bool
    public var children: [MarkdownNode]

    public init(kind: String, startLine: Int = 0, startColumn: Int = 0, endLine: Int = 0, endColumn: Int = 0,
                literal: String? = nil, fenceInfo: String? = nil, isFenced: Bool = false, fenceLength: Int = 0,
                fenceCharacter: Character? = nil, headingLevel: Int = 0, url: String? = nil,
                isTruncated: Bool = false, children: [MarkdownNode] = []) {
        self.kind = kind
        self.startLine = startLine
        self.startColumn = startColumn
        self.endLine = endLine
        self.endColumn = endColumn
        self.literal = literal
        self.fenceInfo = fenceInfo
        self.isFenced = isFenced
        self.fenceLength = fenceLength
        self.fenceCharacter = fenceCharacter
        self.headingLevel = headingLevel
        self.url = url
        self.isTruncated = isTruncated
        self.children = children
    }

    /// The plain text of this node and its descendants (what a heading or link says).
    public var plainText: String {
        var out = ""
        var stack: [MarkdownNode] = [self]
        while let node = stack.popLast() {
            if let literal = node.literal, node.kind != "code_block", node.kind != "html_block" { out += literal }
            if node.kind == "softbreak" || node.kind == "linebreak" { out += " " }
            stack.append(contentsOf: node.children.reversed())
        }
        return out
    }

    /// An indented, one-node-per-line dump with `@line:col-line:col` ranges, for golden tests and
    /// debugging, in the spirit of swift-markdown's `MarkupTreeDumper`.
    public func dump() -> String {
        var lines: [String] = []
        var stack: [(node: MarkdownNode, depth: Int)] = [(self, 0)]
        while let (node, depth) = stack.popLast() {
            var line = String(repeating: "  ", count: depth) + node.kind
            line += " @\(node.startLine):\(node.startColumn)-\(node.endLine):\(node.endColumn)"
            if node.headingLevel > 0 { line += " level: \(node.headingLevel)" }
            if let info = node.fenceInfo, node.isFenced { line += " info: \(quoted(info))" }
            if let url = node.url { line += " url: \(quoted(url))" }
            if let literal = node.literal { line += " \(quoted(literal))" }
            if node.isTruncated { line += " (truncated)" }
            lines.append(line)
            for child in node.children.reversed() { stack.append((child, depth + 1)) }
        }
        return lines.joined(separator: "\n")
    }

    private func quoted(_ s: String) -> String {
        var out = "\""
        for ch in s {
            switch ch {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.append(ch)
            }
        }
        return out + "\""
    }
}
