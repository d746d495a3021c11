/// Line charts side by side (loss | accuracy) under one title and a shared legend. On a narrow
/// screen the whole figure scales down; panels keep their proportions.
public struct LineChartPanels: SVGChart, Sendable {
    public enum Arrangement: Sendable {
        /// In a row (wide screens, print).
        case sideBySide
        /// In a column: stays legible on a phone, where a row of panels scales down too far.
        case stacked
    }

    public var title: String
    /// Each panel's `title` is shown as its subtitle; its axis labels and series are its own.
    public var panels: [LineChart]
    public var panelWidth: Double
    /// Height of each panel.
    public var height: Double
    public var arrangement: Arrangement
    public var id: String?
    public var description: String?

    public init(title: String, panels: [LineChart], panelWidth: Double = 400, height: Double = 340,
                arrangement: Arrangement = .sideBySide, id: String? = nil, description: String? = nil) {
        self.title = title
        self.panels = panels
        self.panelWidth = panelWidth
        self.height = height
        self.arrangement = arrangement
        self.id = id
        self.description = description
    }

    public func svg() -> String { document(subtitles: true).render(standalone: false) }
    public func standaloneSVG() -> String { document(subtitles: true).render(standalone: true) }

    /// Series names in first-seen order across panels; the index picks the colour.
    var seriesNames: [String] {
        var names: [String] = []
        for panel in panels {
            for series in panel.series where !names.contains(series.name) {
                names.append(series.name)
            }
        }
        return names
    }

    func document(subtitles: Bool) -> SVGDocument {
        let names = seriesNames
        let colors = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($0.element, ChartPalette.color(at: $0.offset)) })
        let panelCount = Double(max(1, panels.count))
        let totalWidth = arrangement == .sideBySide ? panelWidth * panelCount : panelWidth
        let padding = 12.0
        var writer = SVGWriter()
        var cursorY = padding
        if !title.isEmpty {
            AxisDrawing.chartTitle(title, x: padding, y: cursorY + 9, into: &writer)
            cursorY += 26
        }
        let legend = Legend(items: names.map { name in
            let dashed = panels.contains { $0.series.contains { $0.name == name && $0.dashed } }
            let dotted = panels.contains { $0.series.contains { $0.name == name && !$0.connected } }
            return Legend.Item(name: name, color: colors[name] ?? ChartPalette.blue, dashed: dashed, dot: dotted)
        })
        if names.count > 1 || (names.count == 1 && !(names.first ?? "").isEmpty) {
            legend.draw(x: padding, y: cursorY, width: totalWidth - 2 * padding, into: &writer)
            cursorY += legend.height(width: totalWidth - 2 * padding) + 6
        }
        let totalHeight = cursorY + (arrangement == .sideBySide ? height : height * panelCount)
        for (index, panel) in panels.enumerated() {
            let x = arrangement == .sideBySide ? panelWidth * Double(index) : 0
            let y = arrangement == .sideBySide ? cursorY : cursorY + height * Double(index)
            LinePanel(chart: panel, colors: colors, subtitle: subtitles ? panel.title : "")
                .draw(x: x, y: y, width: panelWidth, height: height, into: &writer)
        }
        let summary = description ?? (panels.count == 1
            ? "Line chart. " + (panels.first?.summary ?? "")
            : "\(panels.count) line charts side by side. " + panels.map { "\($0.title): \($0.summary)" }.joined(separator: " "))
        return SVGDocument(width: totalWidth, height: totalHeight, title: title, description: summary,
                           explicitID: id, body: writer.output, kind: "lines")
    }
}
