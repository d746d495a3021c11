import Foundation
@testable import FolioCharts

/// One chart of every kind on small, made-up data, shared by the tests and the gallery.
enum ChartSamples {
    static let trainingLoss = [0.92, 0.41, 0.30, 0.24, 0.20, 0.17, 0.15, 0.135, 0.121, 0.11]
    static let validationLoss = [0.48, 0.33, 0.27, 0.25, 0.22, 0.215, 0.21, 0.212, 0.209, 0.214]
    static let trainingAccuracy = [0.742, 0.874, 0.912, 0.93, 0.941, 0.95, 0.957, 0.962, 0.966, 0.97]
    static let validationAccuracy = [0.861, 0.902, 0.921, 0.928, 0.936, 0.938, 0.94, 0.939, 0.941, 0.94]

    static var lossChart: LineChart {
        LineChart(title: "Loss", xLabel: "Epoch", yLabel: "Cross-entropy",
                  series: [.init(name: "training", values: trainingLoss),
                           .init(name: "validation", values: validationLoss, dashed: true)])
    }

    static var accuracyChart: LineChart {
        LineChart(title: "Accuracy", xLabel: "Epoch", yLabel: "Accuracy",
                  series: [.init(name: "training", values: trainingAccuracy),
                           .init(name: "validation", values: validationAccuracy, dashed: true)])
    }

    static var history: LineChartPanels {
        LineChart.sideBySide(title: "Training history", [lossChart, accuracyChart])
    }

    static var classCounts: BarChart {
        BarChart(title: "Images per class", categories: (0...9).map(String.init),
                 values: [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009],
                 categoryLabel: "Digit", valueLabel: "Images")
    }

    static var modelComparison: BarChart {
        BarChart(title: "Test accuracy by model",
                 categories: ["Logistic regression", "Linear SVM", "k-NN (k = 3)", "MLP 256-128", "CNN"],
                 values: [0.9214, 0.9168, 0.9705, 0.9781, 0.9912], highlighted: [4],
                 valueLabel: "Accuracy", orientation: .horizontal, valueFormat: .percent(1), valueDomain: 0...1)
    }

    static var probabilities: BarChart {
        BarChart.probabilities([0.001, 0.002, 0.011, 0.004, 0.032, 0.003, 0.0005, 0.021, 0.016, 0.9095],
                               title: "Prediction for my_digit.png: 9")
    }

    static let confusion: [[Int]] = [
        [973, 0, 1, 0, 0, 1, 3, 1, 1, 0],
        [0, 1127, 3, 1, 0, 1, 2, 0, 1, 0],
        [4, 2, 1005, 4, 2, 0, 2, 8, 5, 0],
        [0, 0, 3, 990, 0, 8, 0, 4, 4, 1],
        [1, 0, 2, 0, 962, 0, 4, 1, 2, 10],
        [2, 0, 0, 9, 1, 868, 5, 1, 4, 2],
        [6, 2, 1, 0, 3, 4, 940, 0, 2, 0],
        [1, 4, 10, 2, 1, 0, 0, 1000, 2, 8],
        [4, 0, 3, 6, 3, 4, 2, 3, 945, 4],
        [3, 4, 0, 6, 9, 3, 0, 6, 3, 975],
    ]

    static var confusionMatrix: Heatmap {
        Heatmap.confusionMatrix(confusion, classNames: (0...9).map(String.init))
    }

    static var pixelHistogram: Histogram {
        // A skewed, deterministic sample: many dark pixels, a bump of bright ones.
        let values = (0..<2000).map { index -> Double in
            let t = Double((index * 7919) % 1000) / 1000
            return index % 5 == 0 ? 200 + t * 55 : t * t * t * 255
        }
        return Histogram(title: "Pixel intensities", values: values, binCount: 32, range: 0...256,
                         xLabel: "Intensity", yLabel: "Pixels")
    }

    /// A 28×28 ring with a bar, standing in for a digit when no real ones are at hand.
    static func syntheticDigit(_ seed: Int) -> [Double] {
        (0..<784).map { index in
            let row = Double(index / 28) - 13.5, column = Double(index % 28) - 13.5
            let radius = (row * row + column * column).squareRoot()
            let ring = max(0, 1 - abs(radius - 8 - Double(seed % 3)) / 2.5)
            let bar = abs(column - Double(seed % 5) + 2) < 1.5 && abs(row) < 10 ? 1.0 : 0.0
            return min(1, ring + bar) * 255
        }
    }

    static func digitGrid(digits: [(label: Int, pixels: [Double])]? = nil) -> ImageGrid {
        let source = digits ?? (0..<16).map { (label: $0 % 10, pixels: syntheticDigit($0)) }
        let predicted = source.enumerated().map { offset, digit in offset % 5 == 3 ? (digit.label + 3) % 10 : digit.label }
        let images = source.enumerated().map { offset, digit in
            ImageGrid.Image(width: 28, height: 28, pixels: digit.pixels,
                            caption: predicted[offset] == digit.label ? "\(digit.label)" : "true \(digit.label)\npred \(predicted[offset])",
                            highlighted: predicted[offset] != digit.label)
        }
        return ImageGrid(title: "Test digits and predictions", images: images, columns: 8)
    }

    static func batchLoss(_ batch: Int) -> Double {
        let decay: Double = 2.3 * Foundation.exp(-Double(batch) / 60)
        let noise: Double = 0.05 * Double((batch * 37) % 11) / 11
        return decay + noise
    }

    /// Harder layouts: long rotated labels, negative bars, many points, a single epoch.
    static var edgeCases: [(name: String, chart: SVGChart)] {
        let longBars = BarChart(title: "Accuracy by model (vertical, long names)",
                                categories: ["Logistic regression", "Linear SVM", "k-NN (k = 3)", "MLP 256-128", "CNN"],
                                values: [0.9214, 0.9168, 0.9705, 0.9781, 0.9912], valueLabel: "Accuracy",
                                valueFormat: .percent(1), valueDomain: 0...1)
        let negative = BarChart(title: "Change in loss", categories: ["a", "b", "c", "d"], values: [0.12, -0.3, 0.05, -0.01],
                                valueLabel: "Δ loss")
        let long = LineChart(title: "Loss per batch", xLabel: "Batch", yLabel: "Loss",
                             series: [.init(name: "training", values: (0..<300).map(batchLoss))])
        let single = LineChart.sideBySide(title: "One epoch", [
            LineChart(title: "Loss", xLabel: "Epoch", series: [.init(name: "training", values: [0.4]), .init(name: "validation", values: [0.45], dashed: true)]),
            LineChart(title: "Accuracy", xLabel: "Epoch", series: [.init(name: "training", values: [0.88]), .init(name: "validation", values: [0.86], dashed: true)]),
        ])
        let letters = (0..<26).map { String(UnicodeScalar(UInt8(65 + $0))) }
        var matrix = [[Int]](repeating: [Int](repeating: 0, count: 26), count: 26)
        for row in 0..<26 {
            for column in 0..<26 {
                if row == column {
                    matrix[row][column] = 700 + row * 13
                } else if (row * 7 + column * 3) % 17 == 0 {
                    matrix[row][column] = (row + column) % 9
                }
            }
        }
        let big = Heatmap.confusionMatrix(matrix, classNames: letters, title: "26-class confusion matrix")
        let fashion = Heatmap.confusionMatrix([[850, 2, 20, 30, 5, 1, 85, 0, 7, 0], [3, 965, 2, 22, 4, 0, 3, 0, 1, 0], [15, 1, 820, 10, 90, 0, 62, 0, 2, 0], [22, 8, 12, 890, 35, 0, 30, 0, 3, 0], [1, 1, 80, 30, 840, 0, 46, 0, 2, 0], [0, 0, 0, 1, 0, 960, 0, 27, 2, 10], [130, 2, 90, 30, 80, 0, 660, 0, 8, 0], [0, 0, 0, 0, 0, 12, 0, 960, 0, 28], [4, 1, 3, 5, 3, 2, 6, 4, 972, 0], [0, 0, 0, 0, 0, 6, 1, 35, 0, 958]],
                                              classNames: ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"],
                                              title: "Fashion-MNIST (normalized)", normalizedByRow: true)
        let fashionCounts = BarChart(title: "Fashion-MNIST classes", categories: ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"],
                                     values: [6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000], categoryLabel: "Class", valueLabel: "Images")
        return [("bars-fashion", fashionCounts), ("bars-long", longBars), ("bars-negative", negative), ("line-long", long), ("one-epoch", single),
                ("confusion-26", big), ("confusion-fashion", fashion)]
    }

    static var all: [(name: String, chart: SVGChart)] {
        [("history", history), ("history-stacked", LineChart.stacked(title: "Training history", [lossChart, accuracyChart])),
         ("loss", lossChart), ("class-counts", classCounts), ("model-comparison", modelComparison),
         ("probabilities", probabilities), ("confusion", confusionMatrix), ("histogram", pixelHistogram),
         ("digits", digitGrid())] + edgeCases
    }
}
