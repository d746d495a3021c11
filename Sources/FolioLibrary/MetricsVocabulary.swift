import FolioLanguage
import FolioML

/// The numbers behind a model's predictions and an evaluation's report, as arrays a notebook can
/// compute with: class probabilities, per-class precision, recall and F1, the confusion counts.
enum MetricsVocabulary {
    static var vocabulary: Vocabulary {
        var v = Vocabulary()
        v.add(declarations)
        return v
    }

    static var declarations: [Declaration] {
        [
            Declaration(.method, owner: "Model", "probabilities", [Param(nil, name: "data", .dataset)], returns: .array(.array(.double)),
                        topic: "Models", doc: "Every image's class probabilities: one row per image, one column per class, each row summing to 1.",
                        example: "let p = model.probabilities(test)") { call in
                let m = try call.receiver(as: ModelValue.self)
                let data = try call.dataset("data")
                let probabilities = try library { try m.model.predictProbabilities(try tensor(of: data)) }
                let classes = probabilities.shape.count == 2 ? probabilities.shape[1] : 0
                guard classes > 0 else { throw RuntimeError("the model gave no class probabilities") }
                let values = probabilities.storage
                guard values.count == data.count * classes else {
                    throw RuntimeError("the model gave \(values.count) probabilities for \(data.count) images of \(classes) classes")
                }
                return .array((0..<data.count).map { i in .array(values[i * classes ..< (i + 1) * classes].map { .double(Double($0)) }) })
            },
            perClass("precision", doc: "Precision of each class, in class order: of the images predicted as it, the fraction that are (0 when none is), as scikit-learn's precision_score(average=None).") { $0.precision },
            perClass("recall", doc: "Recall of each class, in class order: of its images, the fraction predicted as it, as scikit-learn's recall_score(average=None).") { $0.recall },
            perClass("f1", doc: "F1 of each class, in class order: the harmonic mean of its precision and recall, as scikit-learn's f1_score(average=None).") { $0.f1 },
            Declaration(.property, owner: "Evaluation", "confusion", returns: .array(.array(.int)), topic: "Evaluation",
                        doc: "The confusion counts: confusion[t][p] images of true class t predicted as p (the numbers of confusionMatrix()).") { call in
                let metrics = try call.receiver(as: EvaluationValue.self).metrics
                return .array(metrics.confusionMatrix.map { .array($0.map(Value.int)) })
            },
        ]
    }

    private static func perClass(_ name: String, doc: String, _ score: @escaping (ClassificationScores) -> Double) -> Declaration {
        Declaration(.property, owner: "Evaluation", name, returns: .array(.double), topic: "Evaluation", doc: doc) { call in
            .array(try call.receiver(as: EvaluationValue.self).metrics.perClass.map { .double(score($0)) })
        }
    }
}
