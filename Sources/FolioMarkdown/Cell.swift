/// A fenced block whose info string starts with the word `swift`: code Folio runs.
public struct Cell: Equatable, Sendable {
    /// Position among the notebook's cells, from 0 (shown to people as `index + 1`).
    public var index: Int
    /// The whole info string (`swift`, or `swift whatever follows`).
    public var info: String
    /// Everything between the fences, option lines included (they are `//` comments to the
    /// language), each line ending in "\n". Line `k` (0-based) of `source` is file line
    /// `firstLine + k`, and its character `c` (1-based) is file column `column + c - 1` (cmark
    /// removes the fence's indentation from each line).
    public var source: String
    /// `source` without the leading `//|` option lines and without trailing newlines, for display.
    public var code: String
    public var options: CellOptions
    /// File line of the first line inside the fence.
    public var firstLine: Int
    /// File column of the cell's first character: 1 + the fence's indentation.
    public var column: Int
    /// File line of the opening fence.
    public var fenceLine: Int
    /// File line of the closing fence (the last line of the file if the fence is never closed).
    public var closingFenceLine: Int
    /// How many leading option lines `source` has; `code` starts at file line `firstLine + optionLineCount`.
    public var optionLineCount: Int

    /// The `label` option, if any.
    public var label: String? { options.label }

    public init(index: Int, info: String = "swift", source: String, code: String? = nil, options: CellOptions = CellOptions(),
                firstLine: Int, column: Int = 1, fenceLine: Int? = nil, closingFenceLine: Int? = nil, optionLineCount: Int = 0) {
        self.index = index
        self.info = info
        self.source = source
        self.code = code ?? source.trimmingTrailingNewlines()
        self.options = options
        self.firstLine = firstLine
        self.column = column
        self.fenceLine = fenceLine ?? firstLine - 1
        let lineCount = source.split(separator: "\n", omittingEmptySubsequences: false).count - (source.hasSuffix("\n") ? 1 : 0)
        self.closingFenceLine = closingFenceLine ?? firstLine + lineCount
        self.optionLineCount = optionLineCount
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var s = Substring(self)
        while let last = s.last, last == "\n" || last == "\r" { s = s.dropLast() }
        return String(s)
    }
}
