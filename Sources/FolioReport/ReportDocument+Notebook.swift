import FolioCore
import FolioMarkdown

extension CellReport {
    /// A report of `cell` with what running it produced; code, label, echo/output and positions
    /// come from the cell and its options.
    public init(_ cell: Cell, outputs: [Output], status: CellStatus, duration: Double? = nil) {
        self.init(index: cell.index, label: cell.label, code: cell.code, echo: cell.options.echo,
                  showOutput: cell.options.output, outputs: outputs, status: status, duration: duration,
                  firstLine: cell.firstLine, source: cell.source, info: cell.info)
    }
}

extension ReportDocument {
    /// The report of a run of `notebook`: its prose in place, each cell replaced by the matching
    /// entry of `cells` (matched by `index`; a cell without an entry shows as not evaluated).
    /// `params` are the values the run used (after `-p` overrides); by default the front matter's.
    public init(notebook: Notebook, cells: [CellReport], facts: RunFacts, params: [(String, String)]? = nil) {
        var byIndex: [Int: CellReport] = [:]
        for cell in cells { byIndex[cell.index] = cell }
        let blocks: [ReportBlock] = notebook.blocks.map { block in
            switch block {
            case .prose(let prose):
                return .prose(markdown: prose.markdown)
            case .cell(let cell):
                return .cell(byIndex[cell.index] ?? CellReport(cell, outputs: [], status: .notEvaluated))
            }
        }
        self.init(title: Self.title(of: notebook), author: notebook.frontMatter.author,
                  params: params ?? notebook.frontMatter.params.map { ($0.name, $0.value.displayText) },
                  facts: facts, blocks: blocks, sourcePath: notebook.path, linkDefinitions: notebook.linkDefinitions)
    }

    /// The front matter's title, else the first heading's text, else the file name without `.md`.
    static func title(of notebook: Notebook) -> String {
        if let title = notebook.frontMatter.title, !title.isEmpty { return title }
        for block in notebook.blocks {
            guard case .prose(let prose) = block else { continue }
            if let heading = MarkdownParser.parse(prose.markdown).children.first(where: { $0.kind == "heading" }) {
                let text = heading.plainText
                if !text.isEmpty { return text }
            }
        }
        let name = notebook.path.split(separator: "/").last.map(String.init) ?? notebook.path
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }
}
