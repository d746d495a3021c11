/// Bars for categories: class counts, accuracy per model, class probabilities. Bars start at
/// zero; negative values hang below it.
public struct BarChart: SVGChart, Sendable {
    public enum Orientation: Sendable { case vertical, horizontal }

    public var title: String
    public var categories: [String]
    public var values: [Double]
    /// Indices drawn in the accent colour while the rest are muted (e.g. the predicted class).
    public var highlighted: Set<Int>
    public var categoryLabel: String
    public var valueLabel: String
    public var orientation: Orientation
    public var valueFormat: NumberFormat
    /// Values written at the bar ends.
    public var showsValues: Bool
    /// A fixed value range (e.g. 0...1 for probabilities); nil fits the data with nice bounds.
    public var valueDomain: ClosedRange<Double>?
    public var width: Double
    /// nil: 360 for vertical bars; for horizontal ones, enough for 26 points a bar.
    public var height: Double?
    public var id: String?
    public var description: String?

    /// Missing values (fewer values than categories) count as 0; extra values are ignored.
    public init(title: String, categories: [String], values: [Double], highlighted: Set<Int> = [],
                categoryLabel: String = "", valueLabel: String = "", orientation: Orientation = .vertical,
                valueFormat: NumberFormat = .automatic, showsValues: Bool = true,
                valueDomain: ClosedRange<Double>? = nil, width: Double = 640, height: Double? = nil,
                id: String? = nil, description: String? = nil) {
        self.title = title
        self.categories = categories
        self.values = values
        self.highlighted = highlighted
        self.categoryLabel = categoryLabel
        self.valueLabel = valueLabel
        self.orientation = orientation
        self.valueFormat = valueFormat
        self.showsValues = showsValues
        self.valueDomain = valueDomain
        self.width = width
        self.height = height
        self.id = id
        self.description = description
    }

    /// Probabilities of each class with the most likely one highlighted, on a 0–100% axis.
    /// `classNames` default to "0", "1", ...
    public static func probabilities(_ probabilities: [Double], classNames: [String]? = nil,
                                     title: String = "Class probabilities", id: String? = nil) -> BarChart {
        var best: Int?
        for (index, value) in probabilities.enumerated() where value.isFinite {
            if let current = best, probabilities[current] >= value { continue }
            best = index
        }
        let names = classNames ?? probabilities.indices.map(String.init)
        return BarChart(title: title, categories: names, values: probabilities,
                        highlighted: best.map { [$0] } ?? [], categoryLabel: "Class", valueLabel: "Probability",
                        valueFormat: .percent(1), valueDomain: 0...1, id: id)
    }

    public func svg() -> String { document().render(standalone: false) }
    public func standaloneSVG() -> String { document().render(standalone: true) }

    /// Pairs of category and value, one per category.
    var bars: [(label: String, value: Double)] {
        categories.enumerated().map { index, label in
            (label, index < values.count && values[index].isFinite ? values[index] : 0)
        }
    }

    func color(for index: Int) -> (fill: String, opacity: String?) {
        if highlighted.isEmpty || highlighted.contains(index) { return (ChartPalette.blue, nil) }
        return (ChartTheme.ink, "0.28")
    }

    var valueScale: (scale: NiceScale, domain: ClosedRange<Double>) {
        let numbers = bars.map(\.value)
        let percent: Bool
        if case .percent = valueFormat { percent = true } else { percent = false }
        if let fixed = valueDomain, fixed.lowerBound < fixed.upperBound {
            var scale = NiceScale(min: fixed.lowerBound, max: fixed.upperBound, targetTickCount: 5)
            scale.showsPercent = percent
            return (scale, fixed)
        }
        var scale = NiceScale(min: min(0, numbers.min() ?? 0), max: max(0, numbers.max() ?? 1), targetTickCount: 5)
        scale.showsPercent = percent
        return (scale, scale.lower...scale.upper)
    }

    func document() -> SVGDocument {
        var writer = SVGWriter()
        let padding = 12.0
        var top = padding
        if !title.isEmpty {
            AxisDrawing.chartTitle(title, x: padding, y: top + 9, into: &writer)
            top += 28
        }
        let totalHeight: Double
        switch orientation {
        case .vertical:
            totalHeight = height ?? 360
            BarLayout(chart: self).drawVertical(top: top, height: totalHeight, into: &writer)
        case .horizontal:
            totalHeight = height ?? (top + 30 + Double(max(1, categories.count)) * 26 + 44)
            BarLayout(chart: self).drawHorizontal(top: top, height: totalHeight, into: &writer)
        }
        return SVGDocument(width: width, height: totalHeight, title: title, description: description ?? summary,
                           explicitID: id, body: writer.output, kind: "bar")
    }

    var summary: String {
        let listed = bars.map { "\($0.label) \(valueFormat.string($0.value))" }.joined(separator: ", ")
        let what = valueLabel.isEmpty ? "" : " of \(valueLabel)"
        return "Bar chart\(what) for \(categories.count) categories: \(listed)."
    }
}
