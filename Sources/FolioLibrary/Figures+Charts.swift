import FolioCharts
import FolioCore

/// The charts of a notebook's own numbers (`LineChart(x:y:)`, …), from already validated input.
extension Figures {
    /// The figure's title: the one given, else what the axes say, else the kind of chart.
    private static func figureTitle(_ labels: ChartInput, kind: String) -> String {
        let title = labels.text("title")
        if !title.isEmpty { return title }
        let x = labels.text("xLabel"), y = labels.text("yLabel")
        if !x.isEmpty && !y.isEmpty { return "\(y) by \(x)" }
        return kind
    }

    static func lineChart(x: [Double], series: [(String, [Double])], labels: ChartInput) -> Output {
        let chart = LineChart(title: labels.text("title"), xLabel: labels.text("xLabel"), yLabel: labels.text("yLabel"),
                              series: series.map { name, y in LineChart.Series(name: name, points: Array(zip(x, y))) })
        return .chart(Figure(title: figureTitle(labels, kind: "Line chart"), svg: chart.svg()))
    }

    static func scatterChart(x: [Double], y: [Double], labels: ChartInput) -> Output {
        let chart = ScatterChart(title: labels.text("title"), xLabel: labels.text("xLabel"), yLabel: labels.text("yLabel"),
                                 series: [LineChart.Series(name: "", points: Array(zip(x, y)))])
        return .chart(Figure(title: figureTitle(labels, kind: "Scatter chart"), svg: chart.svg()))
    }

    static func barChart(labels names: [String], values: [Double], labels: ChartInput) -> Output {
        let chart = BarChart(title: labels.text("title"), categories: names, values: values,
                             categoryLabel: labels.text("xLabel"), valueLabel: labels.text("yLabel"))
        return .chart(Figure(title: figureTitle(labels, kind: "Bar chart"), svg: chart.svg()))
    }

    static func histogram(values: [Double], bins: Int, labels: ChartInput) -> Output {
        let yLabel = labels.text("yLabel")
        let chart = Histogram(title: labels.text("title"), values: values, binCount: bins, xLabel: labels.text("xLabel"),
                              yLabel: yLabel.isEmpty ? "Count" : yLabel)
        return .chart(Figure(title: figureTitle(labels, kind: "Histogram"), svg: chart.svg()))
    }

    static func heatmap(_ values: [[Double]], rowLabels: [String], columnLabels: [String], labels: ChartInput) -> Output {
        let chart = Heatmap(title: labels.text("title"), values: values, rowLabels: rowLabels, columnLabels: columnLabels,
                            rowTitle: labels.text("yLabel"), columnTitle: labels.text("xLabel"))
        return .chart(Figure(title: figureTitle(labels, kind: "Heatmap"), svg: chart.svg()))
    }
}
