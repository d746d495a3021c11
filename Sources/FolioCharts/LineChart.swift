/// Lines over a shared x axis: training and validation loss per epoch, say. Points that are
/// not finite (a NaN loss) break the line instead of bending it.
///
/// ```swift
/// LineChart(title: "Loss", xLabel: "Epoch", yLabel: "Loss",
///           series: [.init(name: "training", points: [(1, 0.9), (2, 0.5)])]).svg()
/// ```
public struct LineChart: SVGChart, Sendable {
    public struct Series: Sendable {
        public var name: String
        public var points: [(x: Double, y: Double)]
        /// Drawn dashed (e.g. validation), so series differ by more than colour.
        public var dashed: Bool
        /// False draws only the points, unconnected: a scatter chart's series.
        public var connected: Bool
        /// Error bars: for each point, how far its bar reaches above and below it (a standard
        /// deviation over repeated seeds, say); nil or 0 draws none.
        public var errors: [Double]?

        public init(name: String, points: [(Double, Double)], dashed: Bool = false, connected: Bool = true, errors: [Double]? = nil) {
            self.name = name
            self.points = points.map { (x: $0.0, y: $0.1) }
            self.dashed = dashed
            self.connected = connected
            self.errors = errors
        }

        /// The ends of each point's error bar (the point itself without one).
        var barEnds: [(x: Double, low: Double, high: Double)] {
            points.enumerated().map { index, point in
                let error = errors.flatMap { index < $0.count && $0[index].isFinite ? abs($0[index]) : nil } ?? 0
                return (point.x, point.y - error, point.y + error)
            }
        }

        /// One value per step, x counting from `firstX` (epochs 1, 2, 3, ...).
        public init(name: String, values: [Double], firstX: Double = 1, dashed: Bool = false) {
            self.init(name: name, points: values.enumerated().map { (firstX + Double($0.offset), $0.element) },
                      dashed: dashed)
        }
    }

    public var title: String
    public var xLabel: String
    public var yLabel: String
    public var series: [Series]
    /// A fixed y range (e.g. 0...1 for accuracy); nil fits the data with nice bounds.
    public var yDomain: ClosedRange<Double>?
    /// Whole-number x ticks only; nil decides from the data (all x integral → true).
    public var integerX: Bool?
    /// Dots on the data points; nil shows them when no series has more than 40 points.
    public var showsPoints: Bool?
    public var width: Double
    public var height: Double
    /// The element id; nil derives a stable one from the content.
    public var id: String?
    /// The accessible description; nil writes a summary of the data.
    public var description: String?

    public init(title: String, xLabel: String = "", yLabel: String = "", series: [Series],
                yDomain: ClosedRange<Double>? = nil, integerX: Bool? = nil, showsPoints: Bool? = nil,
                width: Double = 640, height: Double = 360, id: String? = nil, description: String? = nil) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.series = series
        self.yDomain = yDomain
        self.integerX = integerX
        self.showsPoints = showsPoints
        self.width = width
        self.height = height
        self.id = id
        self.description = description
    }

    /// Two (or more) charts side by side under one title and one legend, e.g. loss and accuracy.
    /// Series with the same name get the same colour in every panel.
    public static func sideBySide(title: String, _ panels: [LineChart], id: String? = nil) -> LineChartPanels {
        LineChartPanels(title: title, panels: panels, id: id)
    }

    /// The same panels one above the other, for narrow screens.
    public static func stacked(title: String, _ panels: [LineChart], id: String? = nil) -> LineChartPanels {
        LineChartPanels(title: title, panels: panels, panelWidth: 480, height: 280, arrangement: .stacked, id: id)
    }

    public func svg() -> String { document().render(standalone: false) }
    public func standaloneSVG() -> String { document().render(standalone: true) }

    func document() -> SVGDocument {
        let panels = LineChartPanels(title: title, panels: [self], panelWidth: width, height: height, id: id,
                                     description: description)
        var document = panels.document(subtitles: false)
        document.kind = "line"
        return document
    }

    /// "training: 10 points, y 0.12 to 0.93, last 0.91."
    var summary: String {
        if series.isEmpty { return "No data." }
        return series.map { series in
            let values = series.points.map(\.y).filter(\.isFinite)
            guard let first = values.min(), let last = values.max(), let final = values.last else {
                return (series.name.isEmpty ? "" : "\(series.name): ") + "no finite points."
            }
            let format = NumberFormat.automatic
            // An unnamed series (a single line of the notebook's own numbers) needs no name here.
            return (series.name.isEmpty ? "" : "\(series.name): ") + "\(series.points.count) points, \(yLabel.isEmpty ? "y" : yLabel) from "
                + "\(format.string(first)) to \(format.string(last)), last \(format.string(final))."
        }.joined(separator: " ")
    }
}
