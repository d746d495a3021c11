import Foundation
import FolioCore
import FolioData
import FolioLanguage
import FolioML

/// The evaluation vocabulary (docs/architecture.md, "Who owns what"; docs/language.md): metrics, report, confusion matrix,
/// misclassified digits, and `compare` for model selection.
enum EvaluationVocabulary {
    static var vocabulary: Vocabulary {
        var v = Vocabulary()
        v.add(type: TypeDeclaration("Evaluation", topic: "Evaluation", doc: "Predictions scored against labels."))
        v.add(declarations)
        return v
    }

    static var declarations: [Declaration] {
        [
            Declaration(.function, "Evaluation",
                        [Param("labels", .array(.int)), Param("predictions", .array(.int)),
                         Param("classes", .oneOf([.int, .array(.string)]), doc: "the number of classes, or their names")],
                        returns: .evaluation, topic: "Evaluation",
                        doc: "An evaluation of any predictions, e.g. another tool's.",
                        example: "let e = Evaluation(labels: [0, 1, 1], predictions: [0, 1, 0], classes: 2)") { call in
                let labels = try call.intArray("labels"), predictions = try call.intArray("predictions")
                let metrics: ClassificationMetrics
                switch call["classes"] {
                case .int(let n)?:
                    metrics = try library { try ClassificationMetrics(labels: labels, predictions: predictions, classCount: n) }
                case .array(let names)?:
                    metrics = try library { try ClassificationMetrics(labels: labels, predictions: predictions, classNames: names.map(\.description)) }
                default:
                    throw RuntimeError("classes must be a number of classes or an array of names")
                }
                return .object(EvaluationValue(metrics: metrics, loss: nil, dataset: nil, modelName: nil))
            },
            Declaration(.property, owner: "Evaluation", "accuracy", returns: .double, topic: "Evaluation", doc: "The fraction of correct predictions.") { call in
                .double(try call.receiver(as: EvaluationValue.self).metrics.accuracy)
            },
            Declaration(.property, owner: "Evaluation", "loss", returns: .double, topic: "Evaluation",
                        doc: "Mean cross-entropy of the predicted probabilities (nan when made from bare predictions).") { call in
                .double(try call.receiver(as: EvaluationValue.self).loss ?? .nan)
            },
            Declaration(.method, owner: "Evaluation", "report", returns: .table, topic: "Evaluation",
                        doc: "Precision, recall, F1 and support per class, with accuracy, macro and weighted averages (as scikit-learn's classification_report).") { call in
                .table(Figures.classificationReport(try call.receiver(as: EvaluationValue.self).metrics))
            },
            Declaration(.method, owner: "Evaluation", "confusionMatrix", returns: .figure, topic: "Evaluation",
                        doc: "A heatmap of true classes (rows) against predicted classes (columns).") { call in
                .rendered([Figures.confusionMatrix(try call.receiver(as: EvaluationValue.self).metrics)])
            },
            Declaration(.method, owner: "Evaluation", "misclassified", [Param(nil, name: "n", .int, default: .int(16))], returns: .figure, topic: "Evaluation",
                        doc: "A grid of misclassified images with their true and predicted labels.") { call in
                let e = try call.receiver(as: EvaluationValue.self)
                guard let data = e.dataset else {
                    throw RuntimeError("this evaluation has no images", fix: "use model.evaluate(data) to keep the images")
                }
                let n = try call.int("n")
                let indices = e.metrics.misclassifiedIndices(limit: max(0, n))
                let names = e.metrics.classNames
                func name(_ c: Int) -> String { names.indices.contains(c) ? names[c] : String(c) }
                let images = try indices.map { i in
                    (pixels: try library { try data.image(at: i) }, caption: "true \(name(e.metrics.labels[i]))\npred \(name(e.metrics.predictions[i]))", highlight: true)
                }
                if images.isEmpty { return .rendered([.text("No misclassified images: every prediction is right.")]) }
                return .rendered([Figures.imageGrid(title: "\(images.count) misclassified of \(grouped(e.metrics.sampleCount))", images: images,
                                                    shape: data.imageShape, maximum: data.pixelMaximum)])
            },
            Declaration(.function, "compare", [Param(nil, name: "models", .array(.model)), Param("on", .dataset)], returns: .figure, topic: "Evaluation",
                        doc: "Accuracy and loss of several fitted models on the same data: a table and a chart.",
                        example: "compare([lr, svm, cnn], on: test)") { call in
                guard case .array(let items)? = call["models"] else { throw RuntimeError("compare needs an array of models") }
                let data = try call.dataset("on")
                var rows: [(name: String, accuracy: Double, loss: Double)] = []
                for item in items {
                    guard case .object(let o) = item, let m = o as? ModelValue else { throw RuntimeError("compare takes models only, got \(item.type)") }
                    let inner = Call(receiver: item, arguments: ["data": .object(DatasetValue(data))], context: call.context, location: call.location)
                    guard case .object(let eo) = try Training.evaluate(inner), let e = eo as? EvaluationValue else { continue }
                    rows.append((m.displayName, e.metrics.accuracy, e.loss ?? .nan))
                }
                return .rendered(Figures.comparison(rows))
            },
        ]
    }
}
