/// Appends SVG elements to a string. Attribute values are escaped here; numbers go through
/// `SVGNumber`, so output is byte-stable. Attributes are written in the order given.
struct SVGWriter {
    private(set) var output = ""

    enum Attribute {
        case text(String, String)
        case number(String, Double)
        /// Markup generated here (path data) that cannot contain characters needing escapes.
        case trusted(String, String)

        var rendered: String {
            switch self {
            case let .text(name, value): return " " + name + "=\"" + XMLEscaping.escape(value) + "\""
            case let .number(name, value): return " " + name + "=\"" + SVGNumber.format(value) + "\""
            case let .trusted(name, value): return " " + name + "=\"" + value + "\""
            }
        }
    }

    mutating func open(_ name: String, _ attributes: [Attribute] = []) {
        output += "<\(name)" + attributes.map(\.rendered).joined() + ">"
    }

    mutating func close(_ name: String) {
        output += "</\(name)>"
    }

    mutating func element(_ name: String, _ attributes: [Attribute]) {
        output += "<\(name)" + attributes.map(\.rendered).joined() + "/>"
    }

    mutating func element(_ name: String, _ attributes: [Attribute], text: String) {
        output += "<\(name)" + attributes.map(\.rendered).joined() + ">" + XMLEscaping.escape(text) + "</\(name)>"
    }

    mutating func newline() {
        output += "\n"
    }

    mutating func raw(_ markup: String) {
        output += markup
    }

    // MARK: - Common shapes

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, _ extra: [Attribute]) {
        element("line", [.number("x1", x1), .number("y1", y1), .number("x2", x2), .number("y2", y2)] + extra)
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, _ extra: [Attribute]) {
        element("rect", [.number("x", x), .number("y", y), .number("width", max(0, width)),
                         .number("height", max(0, height))] + extra)
    }

    enum Anchor: String { case start, middle, end }

    /// Text with `dy` chosen so `y` is the visual middle of the line (dominant-baseline is not
    /// honoured everywhere, e.g. by some SVG-to-PNG converters).
    mutating func text(_ content: String, x: Double, y: Double, anchor: Anchor = .start, size: Double? = nil,
                       _ extra: [Attribute] = []) {
        var attributes: [Attribute] = [.number("x", x), .number("y", y), .text("dy", "0.35em")]
        if anchor != .start { attributes.append(.text("text-anchor", anchor.rawValue)) }
        if let size { attributes.append(.number("font-size", size)) }
        element("text", attributes + extra, text: content)
    }
}
