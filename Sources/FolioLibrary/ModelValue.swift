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

    var typeName: String { "Model" }
    var changesInPlace: Bool { true }
    /// The notebook's name for the model, else its kind ("Sequential", "LogisticRegression(l2: 0.0001)").
    var displayName: String { name ?? model.displayName }
    var textDescription: String { displayName }
    func display() -> [Output] { [.text(displayName)] }
}
