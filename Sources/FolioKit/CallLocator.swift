import FolioCore
import FolioMarkdown

/// Where in a cell a failed call is written, as `folio run` locates a failure: at the function's
/// or member's name (`csv` in `Dataset.csv(...)`), with the line quoted. A program knows only the
/// name of the call that failed, so it finds the name in the cell's code (outside string literals
/// and comments); when the cell writes it more than once, or not at all, it cannot tell which
/// one failed and says nothing.
enum CallLocator {
    /// The failure's place in `cell` of the notebook `file`, or nil.
    static func locate(_ name: String, in cell: Cell, file: String) -> (location: SourceLocation, length: Int, lineText: String)? {
        let lines = cell.source.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        let word = Array(name)
        var found: [(line: Int, column: Int)] = []
        for (index, line) in lines.enumerated() {
            var column = 0, inString = false
            while column < line.count {
                let c = line[column]
                if inString {
                    if c == "\\" { column += 1 } else if c == "\"" { inString = false }
                } else if c == "\"" {
                    inString = true
                } else if c == "/" && column + 1 < line.count && line[column + 1] == "/" {
                    break
                } else if line[column...].starts(with: word), !isNamePart(line, column - 1), !isNamePart(line, column + word.count) {
                    found.append((index, column))
                    column += word.count
                    continue
                }
                column += 1
            }
        }
        guard found.count == 1, let place = found.first else { return nil }
        let lineText = String(repeating: " ", count: max(0, cell.column - 1)) + String(lines[place.line])
        return (SourceLocation(file: file, line: cell.firstLine + place.line, column: cell.column + place.column), word.count, lineText)
    }

    private static func isNamePart(_ line: [Character], _ index: Int) -> Bool {
        guard line.indices.contains(index) else { return false }
        return line[index].isLetter || line[index].isNumber || line[index] == "_"
    }
}
