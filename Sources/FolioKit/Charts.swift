import FolioLanguage

/// The labels every chart of a program's own numbers takes.
private func chartLabels(_ title: String?, _ xLabel: String?, _ yLabel: String?) -> [(label: String?, value: Value?)] {
    [("title", arg(title)), ("xLabel", arg(xLabel)), ("yLabel", arg(yLabel))]
}

/// A line chart of `y` against `x`.
public struct LineChart: Showable {
    let value: Value
    /// What the report draws.
    public var shown: ShownValue { ShownValue(value: value) }
    /// A chart of one series; the title falls back to "yLabel by xLabel".
    public init(x: [Double], y: [Double], title: String? = nil, xLabel: String? = nil, yLabel: String? = nil) throws {
        value = try Library.call(.function, nil, "LineChart", [("x", arg(x)), ("y", arg(y))] + chartLabels(title, xLabel, yLabel))
    }
}

/// A scatter chart of the points (x[i], y[i]).
public struct ScatterChart: Showable {
    let value: Value
    /// What the report draws.
    public var shown: ShownValue { ShownValue(value: value) }
    /// A chart of the points.
    public init(x: [Double], y: [Double], title: String? = nil, xLabel: String? = nil, yLabel: String? = nil) throws {
        value = try Library.call(.function, nil, "ScatterChart", [("x", arg(x)), ("y", arg(y))] + chartLabels(title, xLabel, yLabel))
    }
}

/// A bar chart: one bar per label.
public struct BarChart: Showable {
    let value: Value
    /// What the report draws.
    public var shown: ShownValue { ShownValue(value: value) }
    /// Bars of `values`, named by `labels`.
    public init(labels: [String], values: [Double], title: String? = nil, xLabel: String? = nil, yLabel: String? = nil) throws {
        value = try Library.call(.function, nil, "BarChart", [("labels", arg(labels)), ("values", arg(values))]
                                 + chartLabels(title, xLabel, yLabel))
    }
}

/// A histogram of `values` in equal-width bins.
public struct Histogram: Showable {
    let value: Value
    /// What the report draws.
    public var shown: ShownValue { ShownValue(value: value) }
    /// `bins` equal-width bins over the values' range (the notebook language's default when nil).
    public init(values: [Double], bins: Int? = nil, title: String? = nil, xLabel: String? = nil, yLabel: String? = nil) throws {
        value = try Library.call(.function, nil, "Histogram", [("values", arg(values)), ("bins", arg(bins))]
                                 + chartLabels(title, xLabel, yLabel))
    }
}

extension LineChart {
    /// Several named lines over the same `x` values, with a legend, in the order of `series`.
    public init(x: [Double], series: [(String, [Double])], title: String? = nil, xLabel: String? = nil, yLabel: String? = nil) throws {
        let pairs = Value.array(series.map { .tuple([.string($0.0), arg($0.1) ?? .array([])]) })
        value = try Library.call(.function, nil, "LineChart", [("x", arg(x)), ("series", pairs)] + chartLabels(title, xLabel, yLabel))
    }
}

/// A grid of shaded, annotated cells; `yLabel` names the rows, `xLabel` the columns.
public struct Heatmap: Showable {
    let value: Value
    /// What the report draws.
    public var shown: ShownValue { ShownValue(value: value) }
    /// Rows of numbers, all the same length; the labels default to 0, 1, ….
    public init(_ values: [[Double]], rowLabels: [String]? = nil, columnLabels: [String]? = nil,
                title: String? = nil, xLabel: String? = nil, yLabel: String? = nil) throws {
        value = try Library.call(.function, nil, "Heatmap", [(nil, arg(values)), ("rowLabels", arg(rowLabels)), ("columnLabels", arg(columnLabels))]
                                 + chartLabels(title, xLabel, yLabel))
    }
}
