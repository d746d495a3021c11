import Foundation

/// Classification metrics from true labels and predicted labels: the confusion matrix,
/// accuracy, and per-class precision, recall, F1 and support with macro and weighted averages.
///
/// The numbers are those of scikit-learn's
/// `classification_report(labels, predictions, labels=range(classCount))` with its default
/// `zero_division="warn"`: a ratio whose denominator is zero (a class never predicted has no
/// precision, a class never present has no recall) counts as 0. Every class takes part in the
/// macro average, including classes with no support.
public struct ClassificationMetrics: Equatable, Sendable {
    /// One name per class, index = class label.
    public let classNames: [String]
    /// `confusionMatrix[trueClass][predictedClass]` = number of samples.
    public let confusionMatrix: [[Int]]
    public let labels: [Int]
    public let predictions: [Int]
    /// Per-class probabilities, if given: `probabilities[sample][class]`.
    public let probabilities: [[Double]]?
    public let accuracy: Double
    /// Scores per class, index = class label.
    public let perClass: [ClassificationScores]
    public let macroAverage: ClassificationScores
    public let weightedAverage: ClassificationScores

    public var classCount: Int { classNames.count }
    public var sampleCount: Int { labels.count }
    public var correctCount: Int { (0..<classCount).reduce(0) { $0 + confusionMatrix[$1][$1] } }

    /// Cross-entropy of the probabilities (scikit-learn's `log_loss`), when they were given.
    public var logLoss: Double? {
        guard let probabilities else { return nil }
        return try? Self.logLoss(labels: labels, probabilities: probabilities)
    }

    /// Classes are named "0", "1", ... `classCount - 1`.
    public init(labels: [Int], predictions: [Int], classCount: Int, probabilities: [[Double]]? = nil) throws {
        guard classCount > 0 else { throw MetricsError.noClasses }
        try self.init(labels: labels, predictions: predictions,
                      classNames: (0..<classCount).map(String.init), probabilities: probabilities)
    }

    public init(labels: [Int], predictions: [Int], classNames: [String], probabilities: [[Double]]? = nil) throws {
        let classCount = classNames.count
        guard classCount > 0 else { throw MetricsError.noClasses }
        guard !labels.isEmpty else { throw MetricsError.empty }
        guard labels.count == predictions.count else {
            throw MetricsError.lengthMismatch(labels: labels.count, predictions: predictions.count)
        }
        var matrix = [[Int]](repeating: [Int](repeating: 0, count: classCount), count: classCount)
        for index in labels.indices {
            let label = labels[index], prediction = predictions[index]
            guard (0..<classCount).contains(label) else {
                throw MetricsError.labelOutOfRange(index: index, value: label, classCount: classCount)
            }
            guard (0..<classCount).contains(prediction) else {
                throw MetricsError.predictionOutOfRange(index: index, value: prediction, classCount: classCount)
            }
            matrix[label][prediction] += 1
        }
        if let probabilities {
            try Self.validate(probabilities: probabilities, sampleCount: labels.count, classCount: classCount)
        }

        let scores = Self.perClassScores(matrix)
        let total = labels.count
        let correct = (0..<classCount).reduce(0) { $0 + matrix[$1][$1] }

        self.classNames = classNames
        self.confusionMatrix = matrix
        self.labels = labels
        self.predictions = predictions
        self.probabilities = probabilities
        self.perClass = scores
        self.accuracy = Double(correct) / Double(total)
        self.macroAverage = Self.macroAverage(scores, total: total)
        self.weightedAverage = Self.weightedAverage(scores, total: total)
    }

    // MARK: - Report

    /// The rows of scikit-learn's `classification_report`: one per class, then accuracy,
    /// macro avg and weighted avg.
    public func reportRows() -> [ClassificationReportRow] {
        var rows = perClass.enumerated().map { index, score in
            ClassificationReportRow(kind: .perClass(index), name: classNames[index], precision: score.precision,
                                    recall: score.recall, f1: score.f1, support: score.support)
        }
        rows.append(ClassificationReportRow(kind: .accuracy, name: "accuracy", precision: nil, recall: nil,
                                            f1: accuracy, support: sampleCount))
        rows.append(ClassificationReportRow(kind: .macroAverage, name: "macro avg", precision: macroAverage.precision,
                                            recall: macroAverage.recall, f1: macroAverage.f1, support: macroAverage.support))
        rows.append(ClassificationReportRow(kind: .weightedAverage, name: "weighted avg",
                                            precision: weightedAverage.precision, recall: weightedAverage.recall,
                                            f1: weightedAverage.f1, support: weightedAverage.support))
        return rows
    }

    /// The column headers matching `ClassificationReportRow.formattedCells()`; the first is empty.
    public static let reportColumns = ["", "precision", "recall", "f1-score", "support"]

    /// The report as scikit-learn's `classification_report` prints it, character for character
    /// (the text ends with a newline, as scikit-learn's does).
    public func reportText(digits: Int = 2) -> String {
        let nameWidth = max(classNames.map(\.count).max() ?? 0, "weighted avg".count, digits)
        func right(_ text: String, _ width: Int) -> String {
            String(repeating: " ", count: max(0, width - text.count)) + text
        }
        func line(_ cells: [String]) -> String {
            right(cells[0], nameWidth) + " " + cells.dropFirst().map { " " + right($0, 9) }.joined() + "\n"
        }
        let rows = reportRows()
        var text = line(Self.reportColumns) + "\n"
        for row in rows where row.kind != .accuracy && row.kind != .macroAverage && row.kind != .weightedAverage {
            text += line(row.formattedCells(digits: digits))
        }
        text += "\n"
        for row in rows {
            switch row.kind {
            case .perClass: continue
            default: text += line(row.formattedCells(digits: digits))
            }
        }
        return text
    }

    // MARK: - Mistakes

    /// Indices of misclassified samples. With probabilities, the most confident mistakes come
    /// first (highest probability given to the wrong prediction); otherwise, and among equal
    /// confidences, in sample order. `limit` keeps the first ones.
    public func misclassifiedIndices(limit: Int? = nil) -> [Int] {
        var wrong = labels.indices.filter { labels[$0] != predictions[$0] }
        if let probabilities {
            let confidence = { (index: Int) -> Double in probabilities[index][predictions[index]] }
            wrong.sort { a, b in
                let ca = confidence(a), cb = confidence(b)
                return ca != cb ? ca > cb : a < b
            }
        }
        guard let limit else { return wrong }
        return Array(wrong.prefix(max(0, limit)))
    }

    // MARK: - Log loss

    /// Mean negative log-probability of the true class, as scikit-learn's `log_loss` with its
    /// default `eps="auto"`: probabilities are clipped to `[ε, 1 - ε]`, ε the Double epsilon.
    public static func logLoss(labels: [Int], probabilities: [[Double]]) throws -> Double {
        guard !labels.isEmpty else { throw MetricsError.empty }
        let classCount = probabilities.first?.count ?? 0
        guard classCount > 0 else { throw MetricsError.noClasses }
        try validate(probabilities: probabilities, sampleCount: labels.count, classCount: classCount)
        let epsilon = Double.ulpOfOne
        var sum = 0.0
        for (index, label) in labels.enumerated() {
            guard (0..<classCount).contains(label) else {
                throw MetricsError.labelOutOfRange(index: index, value: label, classCount: classCount)
            }
            let p = min(max(probabilities[index][label], epsilon), 1 - epsilon)
            sum -= Foundation.log(p)
        }
        return sum / Double(labels.count)
    }

    // MARK: - Computation

    private static func validate(probabilities: [[Double]], sampleCount: Int, classCount: Int) throws {
        guard probabilities.count == sampleCount else {
            throw MetricsError.probabilityRowCount(expected: sampleCount, actual: probabilities.count)
        }
        for (row, values) in probabilities.enumerated() {
            guard values.count == classCount else {
                throw MetricsError.probabilityRowWidth(row: row, expected: classCount, actual: values.count)
            }
            for (column, value) in values.enumerated() where !(value >= 0 && value <= 1) {
                throw MetricsError.invalidProbability(row: row, column: column)
            }
        }
    }

    /// A ratio whose denominator is zero is 0, scikit-learn's `zero_division="warn"` value.
    private static func ratio(_ numerator: Int, _ denominator: Int) -> Double {
        denominator == 0 ? 0 : Double(numerator) / Double(denominator)
    }

    private static func perClassScores(_ matrix: [[Int]]) -> [ClassificationScores] {
        let classCount = matrix.count
        return (0..<classCount).map { c in
            let truePositives = matrix[c][c]
            let support = matrix[c].reduce(0, +)
            let predicted = (0..<classCount).reduce(0) { $0 + matrix[$1][c] }
            // scikit-learn computes F1 as 2·tp / (2·tp + fp + fn), not from rounded P and R.
            let falsePositives = predicted - truePositives, falseNegatives = support - truePositives
            return ClassificationScores(precision: ratio(truePositives, predicted),
                                        recall: ratio(truePositives, support),
                                        f1: ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives),
                                        support: support)
        }
    }

    private static func macroAverage(_ scores: [ClassificationScores], total: Int) -> ClassificationScores {
        let count = Double(scores.count)
        return ClassificationScores(precision: scores.map(\.precision).reduce(0, +) / count,
                                    recall: scores.map(\.recall).reduce(0, +) / count,
                                    f1: scores.map(\.f1).reduce(0, +) / count,
                                    support: total)
    }

    /// numpy's `average(x, weights: support)`: Σ xᵢ·supportᵢ / Σ supportᵢ, summed in that order.
    private static func weightedAverage(_ scores: [ClassificationScores], total: Int) -> ClassificationScores {
        let weighted = { (value: (ClassificationScores) -> Double) -> Double in
            scores.reduce(0) { $0 + value($1) * Double($1.support) } / Double(total)
        }
        return ClassificationScores(precision: weighted(\.precision), recall: weighted(\.recall),
                                    f1: weighted(\.f1), support: total)
    }
}
