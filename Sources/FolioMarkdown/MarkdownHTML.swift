import CCmarkGFM

/// Prose to HTML, exactly as the `cmark-gfm` command prints it with
/// `-e table -e strikethrough -e autolink -e tagfilter -e tasklist` and its default options
/// (raw HTML is omitted, as in the command's safe default).
public enum MarkdownHTML {
    public static func render(_ markdown: String) -> String {
        Cmark.html(markdown, options: CMARK_OPT_DEFAULT)
    }
}
