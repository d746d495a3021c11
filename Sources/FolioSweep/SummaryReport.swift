import Foundation
import FolioReport
import FolioCore

/// `results/NAME/sweep.html`: one self-contained page — the best point, a table of every point
/// (sortable by any column, with a few lines of inline script), the charts, and the failed points
/// with their errors. Each point links to its own report.
struct SummaryReport {
    var table: SweepTable

    func html() -> String {
        let plan = table.plan
        let name = URL(fileURLWithPath: plan.notebook).deletingPathExtension().lastPathComponent
        var body = "<h1>Sweep of \(escape(name)).md</h1>\n"
        let counts = "\(table.rows.count) points: \(table.finished.count - table.failed.count) ok, \(table.failed.count) failed, "
            + "\(table.unfinished.count) not finished"
        let seconds = table.finished.compactMap { $0.result?.seconds }.reduce(0, +)
        body += "<p class=\"meta\">\(escape(counts)) · \(String(format: "%.1f", seconds)) s of point runs · executor \(escape(plan.executor))"
            + " · notebook <code>\(escape(plan.notebook))</code></p>\n"
        if let best = table.best, let record = table.rankingRecord, let value = best.result?.record(record) {
            body += "<p class=\"best\">Best point (\(plan.lowerIsBetter ? "lowest" : "highest") \(escape(record))): "
                + link(best, text: best.point.name) + " — \(escape(record)) = <strong>\(escape(value.text))</strong></p>\n"
        }
        body += pointsTable()
        let charts = SummaryCharts(table: table).charts
        if !charts.isEmpty {
            body += "<h2>Records by param</h2>\n<div class=\"charts\">\n"
            for chart in charts {
                body += "<figure>\(chart.svg)<figcaption>\(escape(chart.record)) by \(escape(chart.param))</figcaption></figure>\n"
            }
            body += "</div>\n"
        }
        if !table.failed.isEmpty {
            body += "<h2>Failed points</h2>\n"
            for row in table.failed {
                body += "<div class=\"failure\"><p>\(link(row, text: row.point.name))</p><pre>\(escape(row.result?.error ?? "failed"))</pre></div>\n"
            }
        }
        if !table.unfinished.isEmpty {
            body += "<h2>Not finished</h2>\n<p>\(table.unfinished.map { "<code>\(escape($0.point.name))</code> (\(escape($0.state)))" }.joined(separator: ", "))."
                + " <code>folio sweep \(escape(plan.notebook)) --resume</code> runs them.</p>\n"
        }
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Sweep of \(escape(name)).md</title>
        <style>\(Self.css)</style>
        </head>
        <body>
        <main>
        \(body)</main>
        <script>\(Self.script)</script>
        </body>
        </html>

        """
    }

    private func pointsTable() -> String {
        let headers = ["point"] + table.params + table.records + ["status", "seconds"]
        var out = "<div class=\"table-wrap\"><table class=\"sortable\">\n<thead><tr>"
        for (column, header) in headers.enumerated() {
            out += "<th data-column=\"\(column)\" title=\"sort by \(escape(header))\">\(escape(header))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        let best = table.best?.point.index
        for row in table.rows {
            let classes = [row.point.index == best ? "best-row" : nil, row.result?.status == .failed ? "failed" : nil,
                           row.result == nil ? "unfinished" : nil].compactMap { $0 }
            out += classes.isEmpty ? "<tr>" : "<tr class=\"\(classes.joined(separator: " "))\">"
            out += "<td>\(link(row, text: row.point.name))</td>"
            for param in table.params { out += cell(row.point.value(of: param) ?? "") }
            for record in table.records { out += cell(row.result?.record(record)?.text ?? "") }
            out += "<td>\(escape(row.status))</td>"
            out += cell(row.result.map { String(format: "%.2f", $0.seconds) } ?? "")
            out += "</tr>\n"
        }
        return out + "</tbody></table></div>\n"
    }

    private func cell(_ text: String) -> String {
        Double(text) != nil ? "<td class=\"num\">\(escape(text))</td>" : "<td>\(escape(text))</td>"
    }

    private func link(_ row: SweepTable.Row, text: String) -> String {
        guard let report = row.result?.report else { return escape(text) }
        let href = report.split(separator: "/").map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? String($0) }
            .joined(separator: "/")
        return "<a href=\"\(escape(href))\">\(escape(text))</a>"
    }

    private func escape(_ text: String) -> String {
        HTMLEscape.text(text)
    }

    static let css = """
    :root { --bg: #fff; --fg: #1f2328; --muted: #636c76; --border: #d8dee4; --surface: #f6f8fa; --accent: #0969da; --bad: #cf222e; color-scheme: light dark; }
    @media (prefers-color-scheme: dark) { :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --border: #30363d; --surface: #151b23; --accent: #4493f8; --bad: #f85149; } }
    body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
    main { max-width: 1100px; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
    h1 { font-size: 1.6rem; margin: 0 0 .3rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
    .meta { color: var(--muted); margin-top: 0; } a { color: var(--accent); }
    .best { background: var(--surface); border-left: 4px solid var(--accent); padding: .6rem .9rem; border-radius: 6px; }
    .table-wrap { overflow-x: auto; } table { border-collapse: collapse; font-size: .9rem; }
    th, td { padding: .3rem .7rem; border-bottom: 1px solid var(--border); text-align: left; white-space: nowrap; }
    th { cursor: pointer; user-select: none; background: var(--surface); } th[aria-sort="ascending"]::after { content: " ▲"; } th[aria-sort="descending"]::after { content: " ▼"; }
    td.num { text-align: right; font-variant-numeric: tabular-nums; }
    tr.best-row td { font-weight: 600; } tr.failed td { color: var(--bad); } tr.unfinished td { color: var(--muted); }
    .charts { display: flex; flex-wrap: wrap; gap: 1rem; } figure { margin: 0; flex: 1 1 480px; } figure svg { max-width: 100%; height: auto; }
    figcaption { color: var(--muted); font-size: .85rem; text-align: center; }
    .failure pre { background: var(--surface); border-left: 4px solid var(--bad); padding: .6rem .8rem; overflow-x: auto; font-size: .8rem; }
    """

    /// Click a column header to sort by it (numbers as numbers, empty cells last); again to reverse.
    static let script = """
    document.querySelectorAll("table.sortable").forEach(function (table) {
      table.querySelectorAll("th").forEach(function (th) {
        th.addEventListener("click", function () {
          var column = Number(th.dataset.column), ascending = th.getAttribute("aria-sort") !== "ascending";
          table.querySelectorAll("th").forEach(function (other) { other.removeAttribute("aria-sort"); });
          th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
          var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) {
            var x = a.cells[column].textContent, y = b.cells[column].textContent;
            if (x === "" || y === "") { return x === y ? 0 : (x === "" ? 1 : -1); }
            var nx = Number(x), ny = Number(y), order = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
            return ascending ? order : -order;
          });
          rows.forEach(function (row) { body.appendChild(row); });
        });
      });
    });
    """
}
