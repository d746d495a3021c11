import FolioLanguage

/// Predictions scored against labels: accuracy, loss, per-class precision, recall and F1.
public struct Evaluation: Showable, CustomStringConvertible {
    let value: Value
    /// What the report shows for an evaluation: its one-line summary.
    public var shown: ShownValue { ShownValue(value: value) }
    /// One line, as `print(evaluation)` writes it in a notebook.
    public var description: String { value.description }
    private func call(_ kind: Declaration.Kind, _ name: String, _ arguments: [(label: String?, value: Value?)] = []) throws -> Value {
        try Library.call(kind, "Evaluation", name, receiver: value, arguments)
    }

    /// An evaluation of any predictions, e.g. another tool's, for `classes` classes.
    public init(labels: [Int], predictions: [Int], classes: Int) throws {
        value = try Library.call(.function, nil, "Evaluation", [("labels", arg(labels)), ("predictions", arg(predictions)),
                                                                ("classes", .int(classes))])
    }
    init(value: Value) { self.value = value }

    /// The fraction of correct predictions.
    public var accuracy: Double { get throws { try call(.property, "accuracy").asDouble() } }
    /// The mean cross-entropy loss (nan when the predictions came without probabilities).
    public var loss: Double { get throws { try call(.property, "loss").asDouble() } }
    /// Precision of every class.
    public var precision: [Double] { get throws { try call(.property, "precision").asDoubles() } }
    /// Recall of every class.
    public var recall: [Double] { get throws { try call(.property, "recall").asDoubles() } }
    /// F1 score of every class.
    public var f1: [Double] { get throws { try call(.property, "f1").asDoubles() } }
    /// The confusion matrix's counts: row = true class, column = predicted class.
    public var confusion: [[Int]] { get throws { try call(.property, "confusion").asArray().map { try $0.asInts() } } }
    /// Precision, recall, F1 and support per class, with accuracy, macro and weighted averages
    /// (scikit-learn's `classification_report`).
    public func report() throws -> Table { Table(value: try call(.method, "report")) }
    /// The confusion matrix as a heatmap.
    public func confusionMatrix() throws -> Figure { Figure(value: try call(.method, "confusionMatrix")) }
    /// A grid of up to `n` misclassified images with their true and predicted labels.
    public func misclassified(_ n: Int? = nil) throws -> Figure { Figure(value: try call(.method, "misclassified", [(nil, arg(n))])) }
}

/// Test accuracy of several models on the same data: a table and a chart, for model selection.
public func compare(_ models: [Model], on data: Dataset) throws -> Figure {
    Figure(value: try Library.call(.function, nil, "compare", [(nil, .array(models.map(\.value))), ("on", data.value)]))
}
