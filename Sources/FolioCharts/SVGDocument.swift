/// The outer `<svg>` element every chart shares: a viewBox, fluid width for phones,
/// `role="img"` with `<title>` and `<desc>` for screen readers, the system font, and ink in
/// `currentColor`. No `<style>` blocks (some Markdown pipelines strip them from inline SVG).
struct SVGDocument {
    var width: Double
    var height: Double
    var title: String
    var description: String
    /// An explicit id, or nil to derive one from the content.
    var explicitID: String?
    var body: String
    /// Short name of the chart kind, used in the derived id ("line", "bar", ...).
    var kind: String

    func render(standalone: Bool) -> String {
        let id = explicitID.map(StableID.sanitized)
            ?? StableID.make(prefix: "folio-\(kind)", content: title + "\u{0}" + description + "\u{0}" + body)
        var writer = SVGWriter()
        var attributes: [SVGWriter.Attribute] = [
            .text("xmlns", "http://www.w3.org/2000/svg"),
            .text("id", id),
            .text("class", "folio-chart"),
            .text("viewBox", "0 0 \(SVGNumber.format(width)) \(SVGNumber.format(height))"),
        ]
        if standalone {
            attributes += [.number("width", width), .number("height", height), .text("color", ChartTheme.standaloneInk)]
        } else {
            attributes += [.text("width", "100%"),
                           .text("style", "max-width:\(SVGNumber.format(width))px;height:auto;display:block")]
        }
        attributes += [
            .text("role", "img"),
            .text("aria-labelledby", "\(id)-title \(id)-desc"),
            .text("font-family", ChartTheme.fontFamily),
            .number("font-size", ChartTheme.fontSize),
            .text("fill", ChartTheme.ink),
        ]
        writer.open("svg", attributes)
        writer.newline()
        writer.element("title", [.text("id", "\(id)-title")], text: title)
        writer.newline()
        writer.element("desc", [.text("id", "\(id)-desc")], text: description)
        writer.newline()
        if standalone {
            writer.rect(x: 0, y: 0, width: width, height: height, [.text("fill", ChartTheme.standaloneBackground)])
            writer.newline()
        }
        writer.raw(body)
        writer.close("svg")
        writer.newline()
        return writer.output
    }
}
