/// What a cell shows. A closed set: every renderer (HTML, Markdown, ipynb, terminal) has one
/// switch over it.
public enum Output: Hashable, Codable, Sendable {
    /// Plain text, shown preformatted (what `print` writes, or a value's description).
    case text(String)
    /// A table of formatted cells.
    case table(Table)
    /// A chart: a complete, self-contained `<svg>` element.
    case chart(Figure)
    /// An image grid (digits, misclassified samples): also a self-contained `<svg>` element.
    case images(Figure)
    /// A failure, shown where it happened.
    case error(Diagnostic)
    /// A model the HTML report runs in the page: draw a digit, see it predicted (`model.playground()`).
    case playground(PlaygroundPanel)
    /// A named measurement (`record("accuracy", 0.97)`), shown as a small line.
    case record(Record)
}

/// An SVG figure with a title (used as the heading, the alt text and the file name stem).
public struct Figure: Hashable, Codable, Sendable {
    public var title: String
    public var svg: String

    public init(title: String, svg: String) {
        self.title = title
        self.svg = svg
    }
}
