import FolioCore

/// A place inside a cell: 0-based line of the cell and 0-based column in characters.
public struct Position: Hashable, Sendable {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// A stretch of a cell's text from `start` up to (not including) `end`.
public struct SourceRange: Hashable, Sendable {
    public var start: Position
    public var end: Position
    public init(_ start: Position, _ end: Position) {
        self.start = start
        self.end = end
    }
    public func to(_ other: SourceRange) -> SourceRange { SourceRange(start, other.end) }
}

/// Maps positions inside a cell to positions in the notebook's `.md` file and builds diagnostics
/// that quote the file's line.
public struct CellSource: Sendable {
    public var file: String
    /// The `.md` line of the cell's first line.
    public var firstLine: Int
    /// The `.md` column at which every cell line starts (1 when the fence is not indented).
    public var column: Int
    public var lines: [String]

    public init(text: String, file: String, firstLine: Int, column: Int) {
        self.file = file
        self.firstLine = firstLine
        self.column = max(1, column)
        // The same line breaks as the lexer ("\r\n" is one Character in Swift).
        self.lines = text.split(omittingEmptySubsequences: false, whereSeparator: Lexer.isNewline).map(String.init)
    }

    public func location(_ position: Position) -> SourceLocation {
        SourceLocation(file: file, line: firstLine + position.line, column: column + position.column)
    }

    public func lineText(_ line: Int) -> String? {
        guard line >= 0, line < lines.count else { return nil }
        return String(repeating: " ", count: column - 1) + lines[line]
    }

    /// A diagnostic underlining `range` (clipped to its first line).
    public func diagnostic(_ message: String, at range: SourceRange, fix: String? = nil,
                           severity: Diagnostic.Severity = .error) -> Diagnostic {
        var length = 1
        if range.end.line == range.start.line {
            length = range.end.column - range.start.column
        } else if range.start.line < lines.count {
            length = lines[range.start.line].count - range.start.column
        }
        return Diagnostic(severity, message, at: location(range.start), length: max(1, length),
                          lineText: lineText(range.start.line), fix: fix)
    }
}
