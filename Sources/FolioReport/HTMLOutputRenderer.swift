import FolioCore

/// Draws one output as HTML: the single switch over `Output` for the HTML report.
/// It numbers figures as it goes, so it is a value that lives for one report.
struct HTMLOutputRenderer {
    private(set) var figureCount = 0

    mutating func render(_ output: Output, cell: CellReport) -> String {
        switch output {
        case .text(let text):
            return "<pre class=\"out-text\">\(HTMLEscape.text(text))</pre>\n"
        case .table(let table):
            return Self.table(table)
        case .chart(let figure):
            return figureHTML(figure, kind: "out-chart")
        case .images(let figure):
            return figureHTML(figure, kind: "out-images")
        case .error(let diagnostic):
            let kind = diagnostic.severity == .error ? "out-error" : "out-warning"
            let heading = diagnostic.severity == .error ? "Error in cell \(cell.displayName)" : "Warning in cell \(cell.displayName)"
            return """
            <div class="\(kind)" role="\(diagnostic.severity == .error ? "alert" : "note")">\
            <p class="error-title">\(HTMLEscape.text(heading))</p>\
            <p class="error-message">\(HTMLEscape.text(diagnostic.message))</p>\
            <pre>\(HTMLEscape.text(diagnostic.rendered()))</pre></div>

            """
        case .playground(let panel):
            figureCount += 1
            return PlaygroundRenderer.html(panel, figureNumber: figureCount)
        case .record(let record):
            // Styled inline: a one-line output that needs no rule of its own in the shared stylesheet.
            return "<p class=\"out-record\" style=\"margin:.3rem 0;font-size:.85rem;color:var(--muted)\">recorded "
                + "<code class=\"record-name\">\(HTMLEscape.text(record.name))</code> = <strong class=\"record-value\">\(HTMLEscape.text(record.value.text))</strong></p>\n"
        }
    }

    private mutating func figureHTML(_ figure: Figure, kind: String) -> String {
        figureCount += 1
        let caption = figure.title.isEmpty
            ? "Figure \(figureCount)"
            : "Figure \(figureCount): \(HTMLEscape.text(figure.title))"
        // The SVG is markup Folio's chart module made (its texts are escaped there); it goes in as is.
        return "<figure class=\"\(kind)\" id=\"figure-\(figureCount)\"><div class=\"figure-body\">\(figure.svg)</div>" +
            "<figcaption>\(caption)</figcaption></figure>\n"
    }

    /// A table in a scrollable wrapper; right-aligned columns get the `num` class.
    static func table(_ table: Table) -> String {
        func alignClass(_ column: Int) -> String {
            guard column < table.alignments.count else { return "" }
            switch table.alignments[column] {
            case .right: return " class=\"num\""
            case .center: return " class=\"center\""
            case .left: return ""
            }
        }
        var out = "<figure class=\"out-table\">"
        if let title = table.title, !title.isEmpty {
            out += "<figcaption>\(HTMLEscape.text(title))</figcaption>"
        }
        out += "<div class=\"table-wrap\"><table>\n<thead><tr>"
        for (c, column) in table.columns.enumerated() { out += "<th\(alignClass(c))>\(HTMLEscape.text(column))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            out += "<tr>"
            for c in table.columns.indices {
                out += "<td\(alignClass(c))>\(HTMLEscape.text(c < row.count ? row[c] : ""))</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody></table></div></figure>\n"
    }

    /// A table for other hosts (Jupyter, GitHub's notebook view) that do not have Folio's
    /// stylesheet: a bare `<table>` with the title as caption and alignment as inline style.
    static func portableTable(_ table: Table) -> String {
        func style(_ column: Int) -> String {
            guard column < table.alignments.count else { return "" }
            switch table.alignments[column] {
            case .right: return " style=\"text-align: right\""
            case .center: return " style=\"text-align: center\""
            case .left: return " style=\"text-align: left\""
            }
        }
        var out = "<table>\n"
        if let title = table.title, !title.isEmpty { out += "<caption>\(HTMLEscape.text(title))</caption>\n" }
        out += "<thead><tr>"
        for (c, column) in table.columns.enumerated() { out += "<th\(style(c))>\(HTMLEscape.text(column))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            out += "<tr>"
            for c in table.columns.indices { out += "<td\(style(c))>\(HTMLEscape.text(c < row.count ? row[c] : ""))</td>" }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }
}
