import Foundation
import FolioCharts
import FolioCore
import FolioData
import FolioML

/// Turns the numbers of data sets, histories and evaluations into the report's tables and
/// charts. The one place where the vocabulary meets FolioCharts.
enum Figures {
    static func summaryTable(_ data: Dataset) -> Table {
        let summary = data.summary()
        return Table(title: nil, columns: ["property", "value"], rows: summary.rows.map { [$0.0, $0.1] })
    }

    static func classCounts(_ data: Dataset) -> [Output] {
        let counts = data.classCounts()
        let total = max(1, counts.reduce(0) { $0 + $1.count })
        let table = Table(columns: ["class", "images", "share"],
                          rows: counts.map { [$0.className, grouped($0.count), String(format: "%.1f %%", 100 * Double($0.count) / Double(total))] },
                          alignments: [.left, .right, .right])
        let chart = BarChart(title: "Images per class", categories: counts.map(\.className), values: counts.map { Double($0.count) },
                             categoryLabel: "Class", valueLabel: "Images", valueFormat: .fixed(0))
        return [.table(table), .chart(Figure(title: "Images per class", svg: chart.svg()))]
    }

    static func imageGrid(title: String, images: [(pixels: [Float], caption: String, highlight: Bool)], shape: [Int], maximum: Float,
                          pixelSize: Double = 3) -> Output {
        let height = shape.count == 3 ? shape[0] : Int(Double(shape.first ?? 0).squareRoot())
        let width = shape.count == 3 ? shape[1] : height
        let channels = shape.count == 3 ? shape[2] : 1
        let items = images.map { image -> ImageGrid.Image in
            // Several channels are shown as their mean, i.e. in grey.
            var grey = [Double](repeating: 0, count: width * height)
            if channels == 1 && image.pixels.count == grey.count {
                grey = image.pixels.map(Double.init)
            } else if image.pixels.count == grey.count * channels {
                for i in grey.indices {
                    var sum: Float = 0
                    for c in 0..<channels { sum += image.pixels[i * channels + c] }
                    grey[i] = Double(sum) / Double(channels)
                }
            }
            return ImageGrid.Image(width: width, height: height, pixels: grey, caption: image.caption, highlighted: image.highlight)
        }
        let grid = ImageGrid(title: title, images: items, pixelSize: pixelSize, intensity: .perImage)
        return .images(Figure(title: title, svg: grid.svg()))
    }

    static func histogram(_ bins: [(lower: Float, upper: Float, count: Int)]) -> Output {
        var edges = bins.map { Double($0.lower) }
        if let last = bins.last { edges.append(Double(last.upper)) }
        let chart = Histogram(title: "Pixel values", binEdges: edges, counts: bins.map(\.count), xLabel: "Pixel value", yLabel: "Pixels")
        return .chart(Figure(title: "Pixel values", svg: chart.svg()))
    }

    static func historyOutputs(_ history: History, modelName: String) -> [Output] {
        guard !history.epochs.isEmpty else { return [.text("No epochs were trained.")] }
        let epochs = history.epochs
        func series(_ name: String, _ values: [Double?], dashed: Bool) -> LineChart.Series? {
            let points = zip(epochs, values).compactMap { e, v in v.map { (Double(e.epoch), $0) } }
            return points.isEmpty ? nil : LineChart.Series(name: name, points: points, dashed: dashed)
        }
        let loss = LineChart(title: "Loss", xLabel: "Epoch", yLabel: "Loss",
                             series: [series("training", epochs.map(\.loss), dashed: false),
                                      series("validation", epochs.map(\.validationLoss), dashed: true)].compactMap { $0 },
                             integerX: true)
        let accuracy = LineChart(title: "Accuracy", xLabel: "Epoch", yLabel: "Accuracy",
                                 series: [series("training", epochs.map(\.accuracy), dashed: false),
                                          series("validation", epochs.map(\.validationAccuracy), dashed: true)].compactMap { $0 },
                                 integerX: true)
        var panels = [loss, accuracy]
        // A schedule's learning-rate curve, beside the loss it shaped.
        if let rates = series("learning rate", epochs.map(\.learningRate), dashed: false) {
            panels.append(LineChart(title: "Learning rate", xLabel: "Epoch", yLabel: "Learning rate", series: [rates], integerX: true))
        }
        let title = "Training history — \(modelName)"
        return [.chart(Figure(title: title, svg: LineChart.sideBySide(title: title, panels).svg()))]
    }

    static func historyTable(_ history: History) -> Table {
        let hasValidation = history.epochs.contains { $0.validationLoss != nil }
        var columns = ["epoch", "loss", "accuracy"]
        let hasSchedule = history.epochs.contains { $0.learningRate != nil }
        if hasValidation { columns += ["val loss", "val accuracy"] }
        if hasSchedule { columns.append("learning rate") }
        columns.append("seconds")
        let rows = history.epochs.map { e -> [String] in
            var row = [String(e.epoch), fixed(e.loss), fixed(e.accuracy)]
            if hasValidation { row += [e.validationLoss.map { fixed($0) } ?? "–", e.validationAccuracy.map { fixed($0) } ?? "–"] }
            if hasSchedule { row.append(e.learningRate.map { String(format: "%.3g", $0) } ?? "–") }
            row.append(fixed(e.seconds, 2))
            return row
        }
        return Table(columns: columns, rows: rows, alignments: columns.map { _ in .right })
    }

    static func summaryTable(_ m: ModelValue) throws -> Table {
        let summary = try library { try m.model.summary(inputShape: m.inputShape ?? defaultInputShape(m)) }
        // A model with blocks gets Keras's functional form: what each layer reads from.
        let connections = summary.showsConnections
        var rows = summary.rows.map { row -> [String] in
            let cells = [row.layer, row.formattedOutputShape, grouped(row.parameters)]
            return connections ? cells + [row.connectedTo.joined(separator: ", ")] : cells
        }
        let blank = connections ? [""] : []
        rows.append(["Total", "", grouped(summary.totalParameters)] + blank)
        if summary.nonTrainableParameters > 0 {
            rows.append(["Trainable", "", grouped(summary.trainableParameters)] + blank)
            rows.append(["Non-trainable", "", grouped(summary.nonTrainableParameters)] + blank)
        }
        let input = summary.inputShape.map(String.init).joined(separator: "×")
        return Table(title: "\(m.name ?? summary.model) — input \(input)",
                     columns: ["layer", "output shape", "parameters"] + (connections ? ["connected to"] : []), rows: rows,
                     alignments: [.left, .left, .right] + (connections ? [.left] : []))
    }

    /// Before `fit`, a network has not seen its data: assume MNIST-sized images, as the summary says.
    private static func defaultInputShape(_ m: ModelValue) -> [Int]? {
        m.model is Sequential ? [28, 28, 1] : nil
    }

    static func classificationReport(_ metrics: ClassificationMetrics) -> Table {
        let rows = metrics.reportRows().map { $0.formattedCells(digits: 2) }
        return Table(columns: ["", "precision", "recall", "f1-score", "support"], rows: rows,
                     alignments: [.left, .right, .right, .right, .right])
    }

    static func confusionMatrix(_ metrics: ClassificationMetrics) -> Output {
        let chart = Heatmap.confusionMatrix(metrics.confusionMatrix, classNames: metrics.classNames)
        return .chart(Figure(title: "Confusion matrix", svg: chart.svg()))
    }

    static func comparison(_ rows: [(name: String, accuracy: Double, loss: Double)]) -> [Output] {
        let table = Table(columns: ["model", "accuracy", "loss"], rows: rows.map { [$0.name, fixed($0.accuracy), fixed($0.loss)] },
                          alignments: [.left, .right, .right])
        var best: Int?
        for (i, r) in rows.enumerated() where best.map({ rows[$0].accuracy < r.accuracy }) ?? true { best = i }
        let chart = BarChart(title: "Test accuracy by model", categories: rows.map(\.name), values: rows.map(\.accuracy),
                             highlighted: best.map { [$0] } ?? [], categoryLabel: "Model", valueLabel: "Accuracy",
                             orientation: .horizontal, valueFormat: .percent(2), valueDomain: 0...1)
        return [.table(table), .chart(Figure(title: "Test accuracy by model", svg: chart.svg()))]
    }

    static func predictionOutputs(_ p: PredictionValue) -> [Output] {
        let grid = ImageGrid(title: "What the model saw", images: [ImageGrid.Image(width: p.imageShape[safe: 1] ?? 28, height: p.imageShape[safe: 0] ?? 28,
                                                                                  pixels: p.preprocessed.map(Double.init), caption: p.path)],
                             pixelSize: 4, intensity: .range(0...1))
        let bars = BarChart.probabilities(p.probabilities, classNames: p.classNames, title: "Prediction: \(p.className)")
        return [.text("\(p.path): predicted \(p.className) with probability \(fixed(p.confidence * 100, 1)) %"),
                .images(Figure(title: "What the model saw", svg: grid.svg())),
                .chart(Figure(title: "Class probabilities", svg: bars.svg()))]
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
