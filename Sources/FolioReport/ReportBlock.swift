/// A report is prose and cells, in notebook order.
public enum ReportBlock: Sendable {
    /// Markdown source, rendered with cmark-gfm (HTML) or copied as it is (Markdown).
    case prose(markdown: String)
    case cell(CellReport)
}
