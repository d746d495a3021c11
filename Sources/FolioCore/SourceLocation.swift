/// A place in a notebook file. Lines and columns are 1-based and counted in the `.md` file,
/// columns in characters (not UTF-8 bytes), so a caret lines up under the right character.
public struct SourceLocation: Hashable, Codable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}
