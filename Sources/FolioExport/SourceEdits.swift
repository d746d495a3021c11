import FolioLanguage

/// Insertions and replacements in a cell's text at positions of its syntax tree, applied all at
/// once so that no edit moves the positions of another.
struct SourceEdits {
    private struct Edit {
        var range: SourceRange
        var text: String
        /// Among edits at the same place, the order they apply in.
        var order: Int
    }

    private var edits: [Edit] = []

    /// Puts `text` before the character at `position`.
    mutating func insert(_ text: String, at position: Position) {
        edits.append(Edit(range: SourceRange(position, position), text: text, order: edits.count))
    }

    /// Replaces the text of `range` with `text`.
    mutating func replace(_ range: SourceRange, with text: String) {
        edits.append(Edit(range: range, text: text, order: edits.count))
    }

    /// `lines` (the cell's lines) with every edit made.
    func applied(to lines: [String]) -> [String] {
        var lines = lines.map { Array($0) }
        // Later places first; at one place, a replacement before the insertions (which go in
        // front of it), and the insertion made last first, so the first one made ends up leftmost.
        func key(_ e: Edit) -> (Int, Int, Int, Int) { (e.range.start.line, e.range.start.column, e.range.start == e.range.end ? 0 : 1, e.order) }
        let sorted = edits.sorted { key($0) > key($1) }
        for edit in sorted {
            let start = edit.range.start, end = edit.range.end
            guard lines.indices.contains(start.line), lines.indices.contains(end.line) else { continue }
            let head = Array(lines[start.line].prefix(start.column))
            let tail = Array(lines[end.line].dropFirst(end.column))
            let inserted = Array(edit.text)
            lines.replaceSubrange(start.line...end.line, with: [head + inserted + tail])
        }
        return lines.map { String($0) }
    }
}
