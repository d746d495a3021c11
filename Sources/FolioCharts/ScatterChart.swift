/// Points on two numeric axes, unconnected: accuracy against learning rate, one dot per run.
/// Drawn by the line chart's panel (same axes, grid, legend and colours), with the lines left out.
///
/// ```swift
/// ScatterChart(title: "Accuracy by learning rate", xLabel: "Learning rate", yLabel: "Accuracy",
///              series: [.init(name: "", points: [(0.001, 0.91), (0.01, 0.95)])]).svg()
/// ```
public struct ScatterChart: SVGChart, Sendable {
    public var title: String
    public var xLabel: String
    public var yLabel: String
    /// Each series' points; `dashed` and `connected` are ignored.
    public var series: [LineChart.Series]
    public var width: Double
    public var height: Double
    public var id: String?
    public var description: String?

    public init(title: String, xLabel: String = "", yLabel: String = "", series: [LineChart.Series],
                width: Double = 640, height: Double = 360, id: String? = nil, description: String? = nil) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.series = series
        self.width = width
        self.height = height
        self.id = id
        self.description = description
    }

    public func svg() -> String { document().render(standalone: false) }
    public func standaloneSVG() -> String { document().render(standalone: true) }

    func document() -> SVGDocument {
        let dots = series.map { LineChart.Series(name: $0.name, points: $0.points.map { ($0.x, $0.y) }, connected: false) }
        let chart = LineChart(title: title, xLabel: xLabel, yLabel: yLabel, series: dots, showsPoints: true,
                              width: width, height: height)
        let summary = description ?? "Scatter chart. " + chart.summary
        var document = LineChartPanels(title: title, panels: [chart], panelWidth: width, height: height, id: id,
                                       description: summary).document(subtitles: false)
        document.kind = "scatter"
        return document
    }
}
