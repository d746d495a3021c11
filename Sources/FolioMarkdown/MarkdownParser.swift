/// Parses Markdown into a Swift ``MarkdownNode`` tree with source positions, using cmark-gfm with
/// the GFM extensions table, strikethrough, autolink, tagfilter and tasklist.
public enum MarkdownParser {
    public static func parse(_ markdown: String) -> MarkdownNode {
        Cmark.tree(markdown)
    }
}
