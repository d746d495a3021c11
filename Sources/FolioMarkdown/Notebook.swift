/// A parsed notebook: front matter, then prose and cells in file order.
public struct Notebook: Equatable, Sendable {
    /// The path the notebook was read from, used in every diagnostic.
    public var path: String
    public var frontMatter: FrontMatter
    public var blocks: [NotebookBlock]
    /// The file's lines (without line terminators), for quoting a line under a diagnostic.
    public var lines: [String]
    /// Non-fatal findings: unknown cell options, an unclosed fence, and so on.
    public var warnings: [Diagnostic]
    /// The prose's link reference definitions (`[name]: url`), one per line. Prose is rendered
    /// slice by slice, so a writer appends these to every slice to keep `[text][name]` links working.
    public var linkDefinitions: String

    public init(path: String, frontMatter: FrontMatter = FrontMatter(), blocks: [NotebookBlock] = [],
                lines: [String] = [], warnings: [Diagnostic] = [], linkDefinitions: String = "") {
        self.path = path
        self.frontMatter = frontMatter
        self.blocks = blocks
        self.lines = lines
        self.warnings = warnings
        self.linkDefinitions = linkDefinitions
    }

    /// The cells, in order (`cells[i].index == i`).
    public var cells: [Cell] {
        blocks.compactMap { block in
            if case .cell(let cell) = block { return cell }
            return nil
        }
    }

    /// The text of file line `line` (1-based), or nil outside the file.
    public func line(_ line: Int) -> String? {
        line >= 1 && line <= lines.count ? lines[line - 1] : nil
    }

    /// A one-line-per-block dump with `@line:col` positions, for golden tests and debugging.
    public func dump() -> String {
        var out: [String] = ["notebook \(path)"]
        if frontMatter.firstLine > 0 {
            out.append("front-matter @\(frontMatter.firstLine)-\(frontMatter.lastLine) title: \(frontMatter.title ?? "-") author: \(frontMatter.author ?? "-")")
            for param in frontMatter.params {
                out.append("  param \(param.name) = \(param.value) : \(param.value.typeName) @\(frontMatter.paramLines[param.name] ?? 0)")
            }
        }
        for block in blocks {
            switch block {
            case .prose(let prose):
                out.append("prose @\(prose.firstLine)-\(prose.lastLine) \(escaped(prose.markdown))")
            case .cell(let cell):
                out.append("cell #\(cell.index) fence @\(cell.fenceLine) code @\(cell.firstLine):\(cell.column) info: \(escaped(cell.info)) label: \(cell.label ?? "-")")
                out.append("  options: \(cell.options.summary)")
                out.append("  code: \(escaped(cell.code))")
            }
        }
        for warning in warnings { out.append("warning: \(warning.location.map { "\($0.line):\($0.column)" } ?? "-") \(warning.message)") }
        return out.joined(separator: "\n")
    }

    private func escaped(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

import FolioCore
