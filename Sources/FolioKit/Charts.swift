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
