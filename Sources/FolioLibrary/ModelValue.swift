import FolioCore
import FolioData
import FolioLanguage
import FolioML

/// A model in a notebook's environment, with what it learned about its data: the input shape,
/// the class names, and the pixel scale it was trained on (so `predict(image:)` can match it).
final class ModelValue: HostObject {
    let model: Classifier
    var inputShape: [Int]?
    var classNames: [String]?
    /// The largest pixel value of the training data (1 after `normalized()`, 255 for raw pixels).
    var trainingPixelMaximum: Float = 1
    /// A name the notebook gave it (`Sequential(name: "CNN")`), for reports and `compare`.
    var name: String?

    init(_ model: Classifier, inputShape: [Int]? = nil) {
        self.model = model
        self.inputShape = inputShape
    }

    /// One name per class of the model, as a model file wants them: a data set names at least ten
    /// digit classes, so a model trained on fewer keeps the first ones (empty when unknown).
    var classNamesForFile: [String] {
        let names = classNames ?? []
        guard let classes = model.classCount, names.count != classes else { return names }
        return names.count > classes ? Array(names.prefix(classes)) : []
    }

    var typeName: String { "Model" }
    var changesInPlace: Bool { true }
    /// The notebook's name for the model, else its kind ("Sequential", "LogisticRegression(l2: 0.0001)").
    var displayName: String { name ?? model.displayName }
    var textDescription: String { displayName }
    func display() -> [Output] { [.text(displayName)] }
}
