import FolioCore
import FolioData
import FolioLanguage
import FolioML

/// An evaluation: the metrics of predictions against labels, and the images when there are some
/// (for `misclassified`).
final class EvaluationValue: HostObject {
    let metrics: ClassificationMetrics
    let loss: Double?
    let dataset: Dataset?
    let modelName: String?

    init(metrics: ClassificationMetrics, loss: Double?, dataset: Dataset?, modelName: String?) {
        self.metrics = metrics
        self.loss = loss
        self.dataset = dataset
        self.modelName = modelName
    }

    var typeName: String { "Evaluation" }
    var textDescription: String {
        var text = "accuracy \(fixed(metrics.accuracy)) on \(grouped(metrics.sampleCount)) samples"
        if let loss { text += ", loss \(fixed(loss))" }
        return text
    }
}
