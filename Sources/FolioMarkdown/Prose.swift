/// A stretch of Markdown between cells, kept as the original source slice so it renders exactly
/// as it would in the whole file. Leading and trailing blank lines are dropped.
public struct Prose: Equatable, Sendable {
    public var markdown: String
    /// File lines (1-based, inclusive) the slice came from.
    public var firstLine: Int
    public var lastLine: Int

    public init(markdown: String, firstLine: Int, lastLine: Int) {
        self.markdown = markdown
        self.firstLine = firstLine
        self.lastLine = lastLine
    }
}
