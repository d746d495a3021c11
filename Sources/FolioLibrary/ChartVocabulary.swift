import FolioLanguage

/// Charts of a notebook's own numbers (accuracy against learning rate, say), drawn by FolioCharts
/// like every other figure.
enum ChartVocabulary {
    static var vocabulary: Vocabulary {
        var v = Vocabulary()
        v.add(declarations)
        return v
    }

    /// `title:`, `xLabel:`, `yLabel:`, optional on every chart.
    private static let labels: [Param] = [
        Param("title", .optional(.string), default: .absent, doc: "a heading"),
        Param("xLabel", .optional(.string), default: .absent, doc: "the horizontal axis' name"),
        Param("yLabel", .optional(.string), default: .absent, doc: "the vertical axis' name"),
    ]

    static var declarations: [Declaration] {
        [
            Declaration(.function, "LineChart", [Param("x", .array(.double)), Param("y", .array(.double))] + labels,
                        returns: .figure, topic: "Charts", doc: "A line through the points (x[i], y[i]).",
                        example: "LineChart(x: [1, 2, 3], y: [0.91, 0.95, 0.97], title: \"Accuracy\", xLabel: \"Epoch\", yLabel: \"Accuracy\")") { call in
                let input = ChartInput(call: call)
                let x = try input.numbers("x"), y = try input.numbers("y")
                try input.sameLength(y, "y", x.count, "x")
                return .rendered([Figures.lineChart(x: x, series: [("", y)], labels: input)])
            },
            Declaration(.function, "LineChart",
                        [Param("x", .array(.double)),
                         Param("series", .oneOf([.array(.tuple([.string, .array(.double)])), .dictionary(.string, .array(.double))]),
                               doc: "one line per name: (name, y values) pairs in legend order, or a [String: [Double]] dictionary (in its order)")] + labels,
                        returns: .figure, topic: "Charts", doc: "Several named lines over the same x values, with a legend.",
                        example: "LineChart(x: [1, 2, 3], series: [(\"training\", [0.9, 0.95, 0.97]), (\"validation\", [0.9, 0.93, 0.94])])") { call in
                let input = ChartInput(call: call)
                let x = try input.numbers("x")
                return .rendered([Figures.lineChart(x: x, series: try namedSeries(call, x: x), labels: input)])
            },
            Declaration(.function, "ScatterChart", [Param("x", .array(.double)), Param("y", .array(.double))] + labels,
                        returns: .figure, topic: "Charts", doc: "A dot at each point (x[i], y[i]), unconnected.",
                        example: "ScatterChart(x: [0.001, 0.01, 0.1], y: [0.93, 0.96, 0.89], xLabel: \"Learning rate\", yLabel: \"Accuracy\")") { call in
                let input = ChartInput(call: call)
                let x = try input.numbers("x"), y = try input.numbers("y")
                try input.sameLength(y, "y", x.count, "x")
                return .rendered([Figures.scatterChart(x: x, y: y, labels: input)])
            },
            Declaration(.function, "BarChart", [Param("labels", .array(.string), doc: "one per bar"), Param("values", .array(.double))] + labels,
                        returns: .figure, topic: "Charts", doc: "One bar per label, from zero to its value.",
                        example: "BarChart(labels: [\"MLP\", \"CNN\"], values: [0.976, 0.991], title: \"Test accuracy\")") { call in
                let input = ChartInput(call: call)
                let names = try input.strings("labels"), values = try input.numbers("values")
                try input.sameLength(values, "values", names.count, "labels")
                return .rendered([Figures.barChart(labels: names, values: values, labels: input)])
            },
            Declaration(.function, "Histogram", [Param("values", .array(.double)), Param("bins", .int, default: .int(10), doc: "equal-width bins over the values' range")] + labels,
                        returns: .figure, topic: "Charts", doc: "How the values are distributed: counts in equal-width bins (as numpy's histogram).",
                        example: "Histogram(values: confidences, bins: 20, xLabel: \"Confidence\")") { call in
                let input = ChartInput(call: call)
                let values = try input.numbers("values")
                let bins = try call.int("bins")
                guard (1...10_000).contains(bins) else { throw RuntimeError("bins must be 1...10000, got \(bins)") }
                return .rendered([Figures.histogram(values: values, bins: bins, labels: input)])
            },
            Declaration(.function, "Heatmap",
                        [Param(nil, name: "values", .array(.array(.double)), doc: "rows of numbers, all the same length"),
                         Param("rowLabels", .optional(.array(.string)), default: .absent, doc: "one per row; 0, 1, … when left out"),
                         Param("columnLabels", .optional(.array(.string)), default: .absent, doc: "one per column; 0, 1, … when left out")] + labels,
                        returns: .figure, topic: "Charts", doc: "A grid of shaded, annotated cells; yLabel names the rows, xLabel the columns.",
                        example: "Heatmap(evaluation.confusion, title: \"Confusion\", xLabel: \"Predicted\", yLabel: \"True\")") { call in
                let input = ChartInput(call: call)
                let values = try input.matrix("values")
                let rows = try axisLabels(call, "rowLabels", count: values.count, what: "rows")
                let columns = try axisLabels(call, "columnLabels", count: values[0].count, what: "columns")
                return .rendered([Figures.heatmap(values, rowLabels: rows, columnLabels: columns, labels: input)])
            },
        ]
    }

    private static func namedSeries(_ call: Call, x: [Double]) throws -> [(String, [Double])] {
        var items: [Value]
        switch call["series"] {
        case .array(let pairs)?: items = pairs
        case .dictionary(let d)?: items = zip(d.keys, d.values).map { .tuple([$0, $1]) }
        default: throw RuntimeError("series must be (name, values) pairs or a [String: [Double]] dictionary")
        }
        guard !items.isEmpty else { throw RuntimeError("series is empty: a chart needs at least one line", fix: "pass [(\"name\", [values])]") }
        return try items.enumerated().map { index, item in
            guard case .tuple(let parts) = item, parts.count == 2, case .string(let name) = parts[0] else {
                throw RuntimeError("series[\(index)] must be a (name, values) pair")
            }
            let single = Call(receiver: nil, arguments: ["values": parts[1]], context: call.context, location: call.location)
            let values = try ChartInput(call: single).numbers("values", shownAs: "series \"\(name)\"")
            try ChartInput(call: call).sameLength(values, "series \"\(name)\"", x.count, "x")
            return (name, values)
        }
    }

    private static func axisLabels(_ call: Call, _ name: String, count: Int, what: String) throws -> [String] {
        guard case .array(let items)? = call[name] else { return (0..<count).map(String.init) }
        guard items.count == count else {
            throw RuntimeError("\(name) has \(items.count) label\(items.count == 1 ? "" : "s") but the values have \(count) \(what)",
                               fix: "give one label per \(what.dropLast())")
        }
        return items.map(\.description)
    }
}
