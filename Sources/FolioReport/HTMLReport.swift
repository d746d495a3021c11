import FolioCore
import FolioMarkdown

/// The self-contained HTML report: inline CSS, inline SVG, no network, no script needed.
///
/// Layout: a failure banner (when a cell failed, linking to it, as papermill does), a header with
/// the title and run facts, a table of contents from the prose headings, then prose and cells in
/// notebook order. Each cell shows its code (unless `echo: false`) and its outputs below it; the
/// outputs are drawn by ``HTMLOutputRenderer``, one switch over `Output`.
public enum HTMLReport {
    /// The default highlighter: no colours, only escaping.
    public static func escapeOnly(_ code: String) -> String { HTMLEscape.text(code) }

    public static func render(_ doc: ReportDocument, highlight: (String) -> String = escapeOnly) -> String {
        var anchors = HeadingAnchors()
        for cell in doc.cells { anchors.reserve(cell.anchor) }
        for id in ["top", "contents", "run-facts"] { anchors.reserve(id) }
        var outputs = HTMLOutputRenderer()

        var body = ""
        for block in doc.blocks {
            switch block {
            case .prose(let markdown):
                let source = doc.linkDefinitions.isEmpty ? markdown : markdown + "\n\n" + doc.linkDefinitions + "\n"
                body += "<section class=\"prose\">\n" + anchors.process(MarkdownHTML.render(source)) + "</section>\n"
            case .cell(let cell):
                body += renderCell(cell, highlight: highlight, outputs: &outputs)
            }
        }

        var html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <meta name="generator" content="Folio \(HTMLEscape.attribute(doc.facts.folioVersion))">
        <title>\(HTMLEscape.text(doc.title))</title>
        <style>
        \(HTMLStylesheet.css)</style>
        </head>
        <body id="top">

        """
        html += banner(doc)
        html += "<div class=\"page\">\n"
        html += header(doc)
        html += tableOfContents(anchors.headings)
        html += "<main class=\"content\">\n" + body + "</main>\n"
        html += footer(doc)
        html += "</div>\n</body>\n</html>\n"
        return html
    }

    // MARK: - Page parts

    private static func banner(_ doc: ReportDocument) -> String {
        guard let failed = doc.firstFailedCell else { return "" }
        let failures = doc.cells.filter { $0.status == .failed }.count
        let skipped = doc.cells.filter { if case .skipped = $0.status { return true } else { return false } }.count
        // The line of the error itself when known, else the cell's first line.
        let errorLine = failed.outputs.lazy.compactMap { output -> Int? in
            if case .error(let diagnostic) = output, diagnostic.severity == .error { return diagnostic.location?.line }
            return nil
        }.first
        var text = "Cell \(HTMLEscape.text(failed.displayName)) failed at line \(errorLine ?? failed.firstLine)"
        if failures > 1 { text += " (\(failures) cells failed in all)" }
        if skipped > 0 { text += "; \(skipped) later cell\(skipped == 1 ? " was" : "s were") skipped" }
        return """
        <div class="failure-banner" role="alert"><strong>This run failed.</strong> \(text). \
        <a href="#\(failed.anchor)">Go to the error ↓</a></div>

        """
    }

    private static func header(_ doc: ReportDocument) -> String {
        var out = "<header class=\"doc-header\">\n<h1 class=\"title\">\(HTMLEscape.text(doc.title))</h1>\n"
        if let author = doc.author, !author.isEmpty {
            out += "<p class=\"byline\">\(HTMLEscape.text(author))</p>\n"
        }
        let cells = doc.cells
        let failed = cells.filter { $0.status == .failed }.count
        // Cells skipped, not evaluated or after `--until` did not run: the header says so.
        let ran = cells.filter { $0.status == .ok }.count
        let cached = cells.filter(\.fromCache).count
        let cachedNote = cached == 0 ? "" : " <span class=\"status-cached\">(\(cached == ran ? "all" : String(cached)) from the cache)</span>"
        let ranText = ran == cells.count ? "\(ran) cell\(ran == 1 ? "" : "s") ran" : "\(ran) of \(cells.count) cells ran"
        let status = (failed == 0
            ? "<span class=\"status-ok\">✓ \(ranText)</span>"
            : "<span class=\"status-failed\">✗ \(failed) of \(cells.count) cells failed</span>") + cachedNote
        out += "<dl class=\"facts\" id=\"run-facts\">\n"
        out += fact("Status", status)
        out += fact("Source", "<code>\(HTMLEscape.text(doc.sourcePath))</code>")
        out += fact("Run", HTMLEscape.text(Formatting.date(doc.facts.date)))
        out += fact("Duration", HTMLEscape.text(Formatting.duration(doc.facts.duration)))
        if !doc.facts.folioVersion.isEmpty { out += fact("Folio", HTMLEscape.text(doc.facts.folioVersion)) }
        for (key, value) in doc.facts.extra { out += fact(HTMLEscape.text(key), HTMLEscape.text(value)) }
        out += "</dl>\n"
        if !doc.params.isEmpty {
            out += "<div class=\"params\"><span class=\"params-label\">Parameters</span>"
            for (name, value) in doc.params {
                out += " <code class=\"param\"><span class=\"param-name\">\(HTMLEscape.text(name))</span> = \(HTMLEscape.text(value))</code>"
            }
            out += "</div>\n"
        }
        if !doc.facts.dataFiles.isEmpty {
            out += "<details class=\"data-files\"><summary>Data files (\(doc.facts.dataFiles.count))</summary>\n"
            out += "<div class=\"table-wrap\"><table><thead><tr><th>File</th><th class=\"num\">Size</th><th>SHA-256</th></tr></thead><tbody>\n"
            for file in doc.facts.dataFiles {
                out += "<tr><td><code>\(HTMLEscape.text(file.path))</code></td>"
                out += "<td class=\"num\" title=\"\(file.bytes) bytes\">\(HTMLEscape.text(Formatting.bytes(file.bytes)))</td>"
                out += "<td><code class=\"hash\">\(HTMLEscape.text(file.sha256))</code></td></tr>\n"
            }
            out += "</tbody></table></div>\n</details>\n"
        }
        return out + "</header>\n"
    }

    private static func fact(_ name: String, _ valueHTML: String) -> String {
        "<div><dt>\(name)</dt><dd>\(valueHTML)</dd></div>\n"
    }

    private static func tableOfContents(_ headings: [HeadingAnchors.Heading]) -> String {
        let shown = headings.filter { $0.level <= 3 }
        guard shown.count >= 2 else { return "" }
        let top = shown.map(\.level).min() ?? 1
        var out = "<nav class=\"toc\" id=\"contents\" aria-label=\"Contents\">\n<p class=\"toc-title\">Contents</p>\n<ul>\n"
        for heading in shown {
            out += "<li class=\"toc-level-\(heading.level - top + 1)\"><a href=\"#\(heading.id)\">\(heading.textHTML)</a></li>\n"
        }
        return out + "</ul>\n</nav>\n"
    }

    private static func footer(_ doc: ReportDocument) -> String {
        var parts = ["Made with Folio"]
        if !doc.facts.folioVersion.isEmpty { parts[0] += " \(HTMLEscape.text(doc.facts.folioVersion))" }
        parts.append("from <code>\(HTMLEscape.text(doc.sourcePath))</code>")
        parts.append(HTMLEscape.text(Formatting.date(doc.facts.date)))
        return "<footer class=\"doc-footer\">\(parts.joined(separator: " · ")) · <a href=\"#top\">Back to top</a></footer>\n"
    }

    // MARK: - Cells

    private static func renderCell(_ cell: CellReport, highlight: (String) -> String, outputs: inout HTMLOutputRenderer) -> String {
        let visible = cell.visibleOutputs
        let statusClass: String
        switch cell.status {
        case .ok: statusClass = "ok"
        case .failed: statusClass = "failed"
        case .skipped: statusClass = "skipped"
        case .notEvaluated: statusClass = "not-evaluated"
        }
        var out = "<section class=\"cell cell-\(statusClass)\" id=\"\(cell.anchor)\""
        if let label = cell.label { out += " data-label=\"\(HTMLEscape.attribute(label))\"" }
        out += ">\n"

        // The header goes with the code; without code it is shown only when the status matters.
        if cell.echo || cell.status != .ok {
            let reason = cell.runReason.map { " title=\"\(HTMLEscape.attribute($0))\"" } ?? ""
            out += "<div class=\"cell-head\"\(reason)><a class=\"cell-number\" href=\"#\(cell.anchor)\">[\(cell.number)]</a>"
            if let label = cell.label { out += "<span class=\"cell-label\">\(HTMLEscape.text(label))</span>" }
            out += "<span class=\"cell-meta\">"
            out += badge(cell.status)
            out += "<span class=\"cell-line\">line \(cell.firstLine)</span>"
            if let duration = cell.duration {
                let note = cell.fromCache ? " title=\"from the cache: this is how long the cell took when it last ran\"" : ""
                let cached = cell.fromCache ? " · cached" : ""
                out += "<span class=\"cell-time\"\(note)>\(HTMLEscape.text(Formatting.duration(duration)))\(cached)</span>"
            }
            out += "</span></div>\n"
        }
        if cell.echo {
            out += "<pre class=\"code\"><code>\(highlight(cell.code))</code></pre>\n"
        }
        if case .skipped(let reason) = cell.status {
            out += "<p class=\"cell-note\">Skipped: \(HTMLEscape.text(reason))</p>\n"
        } else if cell.status == .notEvaluated {
            out += "<p class=\"cell-note\">Not run.</p>\n"
        }
        if !visible.isEmpty {
            out += "<div class=\"outputs\">\n"
            for output in visible { out += outputs.render(output, cell: cell) }
            out += "</div>\n"
        }
        return out + "</section>\n"
    }

    private static func badge(_ status: CellStatus) -> String {
        switch status {
        case .ok: return ""
        case .failed: return "<span class=\"badge badge-failed\">failed</span>"
        case .skipped: return "<span class=\"badge badge-skipped\">skipped</span>"
        case .notEvaluated: return "<span class=\"badge badge-skipped\">not run</span>"
        }
    }
}
