import FolioCore
import FolioMarkdown

/// The executed notebook as Markdown that renders on GitHub: the notebook as written, each cell's
/// outputs spliced in after it, charts and image grids written as separate SVG files.
///
/// Following Livebook's export rules: outputs sit between `<!-- folio:output -->` and
/// `<!-- folio:end-output -->` markers (invisible on GitHub) so `NotebookParser` drops them when
/// the file is read again; fences are longer than any backtick run inside; the body has no
/// timestamps, so re-running an unchanged notebook gives the same file.
public enum MarkdownReport {
    public static func render(_ doc: ReportDocument, assetsFolderName: String,
                              includeRunFacts: Bool = true) -> (markdown: String, assets: [(fileName: String, contents: String)]) {
        var parts: [String] = []
        var assets: [(fileName: String, contents: String)] = []
        parts.append(frontMatter(doc))
        for block in doc.blocks {
            switch block {
            case .prose(let markdown):
                parts.append(markdown.trimmingTrailingNewlines())
            case .cell(let cell):
                let source = cell.source ?? reconstructedSource(cell)
                parts.append(MarkdownFence.block(source, info: cell.info))
                var outputs: [String] = []
                switch cell.status {
                case .skipped(let reason):
                    outputs.append("> [!WARNING]\n> Cell \(MarkdownFence.inline(cell.displayName)) was skipped: \(MarkdownFence.inline(reason))")
                case .notEvaluated, .ok, .failed:
                    break
                }
                for output in cell.visibleOutputs {
                    outputs.append(render(output, cell: cell, assetsFolderName: assetsFolderName, assets: &assets))
                }
                if !outputs.isEmpty {
                    parts.append(([NotebookParser.outputStartMarker] + outputs + [NotebookParser.outputEndMarker]).joined(separator: "\n\n"))
                }
            }
        }
        if includeRunFacts {
            parts.append([NotebookParser.outputStartMarker, footer(doc), NotebookParser.outputEndMarker].joined(separator: "\n\n"))
        }
        return (parts.filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n", assets)
    }

    /// The one switch over `Output` for Markdown.
    private static func render(_ output: Output, cell: CellReport, assetsFolderName: String,
                               assets: inout [(fileName: String, contents: String)]) -> String {
        switch output {
        case .text(let text):
            return MarkdownFence.block(text, info: "text")
        case .table(let table):
            return gfmTable(table)
        case .chart(let figure), .images(let figure):
            let number = assets.count + 1
            let fileName = "figure-\(number).svg"
            assets.append((fileName, standaloneSVG(figure.svg)))
            let alt = figure.title.isEmpty ? "Figure \(number)" : "Figure \(number): \(figure.title)"
            return "![\(MarkdownFence.inline(alt))](\(linkPath(assetsFolderName + "/" + fileName)))"
        case .playground(let panel):
            let sentence = "> " + MarkdownFence.inline(PlaygroundRenderer.fallbackSentence(panel))
            guard let figure = panel.fallback else { return sentence }
            return sentence + "\n\n" + render(.images(figure), cell: cell, assetsFolderName: assetsFolderName, assets: &assets)
        case .error(let diagnostic):
            let kind = diagnostic.severity == .error ? "CAUTION" : "WARNING"
            let what = diagnostic.severity == .error ? "failed" : "warned"
            var marker = "> [!\(kind)]\n> **Cell \(MarkdownFence.inline(cell.displayName)) \(what):** \(MarkdownFence.inline(diagnostic.message))"
            if let location = diagnostic.location { marker += " at " + MarkdownFence.inline(location.description) }
            return marker + "\n\n" + MarkdownFence.block(diagnostic.rendered(), info: "text")
        case .record(let record):
            return "*recorded* \(MarkdownFence.inline(record.name)): \(MarkdownFence.inline(record.value.text))"
        }
    }

    /// Without the cell's original text, put back the option lines the report knows about, so
    /// the executed notebook still runs and displays as this one did.
    static func reconstructedSource(_ cell: CellReport) -> String {
        var lines: [String] = []
        if let label = cell.label { lines.append("//| label: \(label)") }
        if !cell.echo { lines.append("//| echo: false") }
        if cell.status == .notEvaluated { lines.append("//| eval: false") }
        if !cell.showOutput { lines.append("//| output: false") }
        lines.append(cell.code)
        return lines.joined(separator: "\n")
    }

    /// A GitHub table; `|` and other syntax in cells are escaped, alignment kept.
    static func gfmTable(_ table: Table) -> String {
        var lines: [String] = []
        if let title = table.title, !title.isEmpty { lines.append("**\(MarkdownFence.inline(title))**\n") }
        let columns = table.columns.isEmpty ? [""] : table.columns
        lines.append("| " + columns.map(MarkdownFence.inline).joined(separator: " | ") + " |")
        let rule = columns.indices.map { c -> String in
            let alignment = c < table.alignments.count ? table.alignments[c] : .left
            switch alignment {
            case .left: return "---"
            case .right: return "--:"
            case .center: return ":-:"
            }
        }
        lines.append("| " + rule.joined(separator: " | ") + " |")
        for row in table.rows {
            let cells = columns.indices.map { $0 < row.count ? MarkdownFence.inline(row[$0]) : "" }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }

    private static func frontMatter(_ doc: ReportDocument) -> String {
        var lines = ["---", "title: \(yamlScalar(doc.title))"]
        if let author = doc.author { lines.append("author: \(yamlScalar(author))") }
        if !doc.params.isEmpty {
            lines.append("params:")
            for (name, value) in doc.params {
                // A value already written as a quoted literal (`ParamValue.description`) is valid YAML as it is.
                let quoted = value.count >= 2 && value.hasPrefix("\"") && value.hasSuffix("\"") && !value.contains("\n")
                lines.append("  \(name): \(quoted ? value : yamlScalar(value))")
            }
        }
        lines.append("---")
        return lines.joined(separator: "\n")
    }

    /// Plain when YAML would read it back as the same text or number, else double-quoted.
    private static func yamlScalar(_ text: String) -> String {
        let plainSafe = !text.isEmpty && text.first.map({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }) == true
            && !text.contains(": ") && !text.contains(" #") && !text.hasSuffix(":") && text.trimmingCharacters(in: " ") == text
            && !text.contains(where: { "\"'{}[],&*!|>%@`\n\r\t".contains($0) })
        if plainSafe { return text }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static func footer(_ doc: ReportDocument) -> String {
        var parts = ["Ran \(Formatting.date(doc.facts.date))", "in \(Formatting.duration(doc.facts.duration))"]
        if !doc.facts.folioVersion.isEmpty { parts.append("Folio \(doc.facts.folioVersion)") }
        for file in doc.facts.dataFiles { parts.append("`\(file.path)` sha256 `\(file.sha256.prefix(12))…`") }
        return "<sub>" + parts.map { $0.replacingOccurrences(of: "<", with: "&lt;") }.joined(separator: " · ") + "</sub>"
    }

    /// Spaces and parentheses would end or break a Markdown link destination.
    private static func linkPath(_ path: String) -> String {
        var out = ""
        for scalar in path.unicodeScalars {
            switch scalar {
            case " ": out += "%20"
            case "(": out += "%28"
            case ")": out += "%29"
            case "<": out += "%3C"
            case ">": out += "%3E"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// An SVG file needs the namespace to be shown by browsers and GitHub.
    static func standaloneSVG(_ svg: String) -> String {
        var text = svg
        if let open = text.range(of: "<svg"), let close = text[open.upperBound...].firstIndex(of: ">"),
           !text[open.upperBound..<close].contains("xmlns=") {
            text.insert(contentsOf: " xmlns=\"http://www.w3.org/2000/svg\"", at: open.upperBound)
        }
        return text.hasSuffix("\n") ? text : text + "\n"
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var s = Substring(self)
        while let last = s.last, last == "\n" || last == "\r\n" || last == "\r" { s = s.dropLast() }
        return String(s)
    }

    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let first = s.first, set.contains(first) { s = s.dropFirst() }
        while let last = s.last, set.contains(last) { s = s.dropLast() }
        return String(s)
    }
}
