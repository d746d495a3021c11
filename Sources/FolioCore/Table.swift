/// A table of already formatted cells. Numbers are formatted by whoever builds the table, so
/// every renderer (HTML, Markdown, ipynb, terminal) shows the same digits.
public struct Table: Hashable, Codable, Sendable {
    public enum Alignment: String, Codable, Sendable { case left, right, center }

    public var title: String?
    public var columns: [String]
    public var alignments: [Alignment]
    public var rows: [[String]]

    public init(title: String? = nil, columns: [String], rows: [[String]], alignments: [Alignment]? = nil) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.alignments = alignments ?? columns.map { _ in .left }
    }

    /// Right-aligns every column whose cells all parse as numbers (the usual choice for data tables).
    public static func autoAligned(title: String? = nil, columns: [String], rows: [[String]]) -> Table {
        let alignments: [Alignment] = columns.indices.map { c in
            let cells = rows.compactMap { c < $0.count ? $0[c] : nil }.filter { !$0.isEmpty }
            let numeric = !cells.isEmpty && cells.allSatisfy { Double($0.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "%", with: "")) != nil }
            return numeric ? .right : .left
        }
        return Table(title: title, columns: columns, rows: rows, alignments: alignments)
    }

    /// A fixed-width plain-text rendering, for terminals and `text/plain`.
    public func plainText() -> String {
        let widths = columns.indices.map { c in
            max(columns[c].count, rows.map { c < $0.count ? $0[c].count : 0 }.max() ?? 0)
        }
        func pad(_ s: String, _ c: Int) -> String {
            let fill = String(repeating: " ", count: max(0, widths[c] - s.count))
            return (c < alignments.count && alignments[c] == .right) ? fill + s : s + fill
        }
        var lines: [String] = []
        if let title { lines.append(title) }
        lines.append(columns.indices.map { pad(columns[$0], $0) }.joined(separator: "  "))
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        for row in rows {
            lines.append(columns.indices.map { pad($0 < row.count ? row[$0] : "", $0) }.joined(separator: "  "))
        }
        return lines.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }.joined(separator: "\n")
    }
}

import Foundation
