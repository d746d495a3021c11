/// The YAML block at the top of a notebook: `title`, `author`, `params` (in file order).
public struct FrontMatter: Equatable, Sendable {
    public var title: String?
    public var author: String?
    public var params: [(name: String, value: ParamValue)]
    /// The file line each param is declared on, for messages about overrides.
    public var paramLines: [String: Int]
    /// Other top-level keys, as text (e.g. `date`, `description`), kept for writers that want them.
    public var other: [(key: String, value: String)]
    /// File lines of the opening and closing `---`; 0 when there is no front matter.
    public var firstLine: Int
    public var lastLine: Int

    public init(title: String? = nil, author: String? = nil, params: [(name: String, value: ParamValue)] = [],
                paramLines: [String: Int] = [:], other: [(key: String, value: String)] = [],
                firstLine: Int = 0, lastLine: Int = 0) {
        self.title = title
        self.author = author
        self.params = params
        self.paramLines = paramLines
        self.other = other
        self.firstLine = firstLine
        self.lastLine = lastLine
    }

    /// The value of a param by name.
    public func param(_ name: String) -> ParamValue? {
        params.first { $0.name == name }?.value
    }

    public static func == (a: FrontMatter, b: FrontMatter) -> Bool {
        a.title == b.title && a.author == b.author
            && a.params.map(\.name) == b.params.map(\.name) && a.params.map(\.value) == b.params.map(\.value)
            && a.paramLines == b.paramLines
            && a.other.map(\.key) == b.other.map(\.key) && a.other.map(\.value) == b.other.map(\.value)
            && a.firstLine == b.firstLine && a.lastLine == b.lastLine
    }
}
