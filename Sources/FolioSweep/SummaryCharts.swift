import Foundation
import FolioCharts

/// The summary's charts: each numeric record against each swept param that has numeric values,
/// a line per combination of the other params, the mean over seeds with a bar of one standard
/// deviation when seeds repeat a point.
struct SummaryCharts {
    var table: SweepTable

    struct Chart {
        var record: String
        var param: String
        var svg: String
    }

    var charts: [Chart] {
        let seed = "seed"
        let lineParams = table.params.filter { $0 != seed }
        let done = table.rows.compactMap { row in row.result.flatMap { $0.status == .ok ? (row.point, $0) : nil } }
        var charts: [Chart] = []
        for record in table.records {
            for param in lineParams {
                let values = Set(done.compactMap { $0.0.value(of: param) })
                guard values.count >= 2, values.allSatisfy({ Double($0) != nil }) else { continue }
                let xs = values.compactMap(Double.init)
                let logarithmic = xs.allSatisfy { $0 > 0 } && (xs.max() ?? 1) / (xs.min() ?? 1) >= 10
                // Points with the same values of the other params form one line.
                var lines: [String: [Double: [Double]]] = [:]
                var lineOrder: [String] = []
                for (point, result) in done {
                    guard let xText = point.value(of: param), let x = Double(xText), let y = result.record(record)?.number, y.isFinite else { continue }
                    let others = lineParams.filter { $0 != param }.compactMap { name in point.value(of: name).map { "\(name)=\($0)" } }
                    let line = others.isEmpty ? record : others.joined(separator: ", ")
                    if lines[line] == nil { lineOrder.append(line) }
                    lines[line, default: [:]][logarithmic ? log10(x) : x, default: []].append(y)
                }
                guard !lines.isEmpty else { continue }
                let repeated = lines.values.contains { $0.values.contains { $0.count > 1 } }
                let series = lineOrder.map { name -> LineChart.Series in
                    let byX = (lines[name] ?? [:]).sorted { $0.key < $1.key }
                    return LineChart.Series(name: name, points: byX.map { ($0.key, Self.mean($0.value)) },
                                            errors: repeated ? byX.map { Self.standardDeviation($0.value) } : nil)
                }
                let chart = LineChart(title: "\(record) by \(param)", xLabel: logarithmic ? "\(param) (log10)" : param,
                                      yLabel: record + (repeated ? " (mean ± sd over seeds)" : ""), series: series,
                                      integerX: logarithmic ? false : nil, showsPoints: true, width: 560, height: 320)
                charts.append(Chart(record: record, param: param, svg: chart.svg()))
            }
        }
        return charts
    }

    static func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(max(1, values.count)) }

    static func standardDeviation(_ values: [Double]) -> Double {
        guard values.count > 1 else { return 0 }
        let m = mean(values)
        return (values.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(values.count - 1)).squareRoot()
    }
}
