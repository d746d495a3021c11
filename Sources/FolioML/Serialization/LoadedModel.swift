/// A model read back from a model file, with what was saved alongside it.
public struct LoadedModel {
    /// The rebuilt model with its saved weights (or, for KNN, its remembered samples).
    public let model: Classifier
    /// One name per class, in label order (label i is `classNames[i]`).
    public let classNames: [String]
    /// The per-sample input shape the model was trained on (e.g. [28, 28, 1]), when it was saved.
    public let inputShape: [Int]?
    /// The whole `__metadata__` of the file, including the caller's `extra` entries.
    public let metadata: [String: String]

    public init(model: Classifier, classNames: [String], inputShape: [Int]?, metadata: [String: String]) {
        self.model = model
        self.classNames = classNames
        self.inputShape = inputShape
        self.metadata = metadata
    }
}
