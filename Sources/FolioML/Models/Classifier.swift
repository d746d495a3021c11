/// One named parameter array, as saved to / loaded from a model file.
public struct NamedArray: Equatable, Sendable {
    public var name: String
    public var shape: [Int]
    public var values: [Float]

    public init(name: String, shape: [Int], values: [Float]) {
        self.name = name
        self.shape = shape
        self.values = values
    }
}

/// Loss and accuracy of a model on labelled data.
public struct Score: Equatable, Sendable {
    public var loss: Double
    public var accuracy: Double
}

/// What every model offers: the same calls for LogisticRegression, LinearSVM, KNN and Sequential.
/// Inputs are [N, ...] tensors (images [N, H, W, C], already normalised); labels are 0..<classes.
public protocol Classifier: AnyObject {
    /// Display name, e.g. "Sequential", "LogisticRegression(l2: 0.0001)".
    var displayName: String { get }
    /// Number of classes once fitted (or built), nil before.
    var classCount: Int? { get }

    func fit(x: Tensor, y: [Int], options: FitOptions, progress: ((EpochProgress) -> Void)?) throws -> History
    /// [N, classes] rows summing to 1 (for LinearSVM: a softmax of its scores, not calibrated).
    func predictProbabilities(_ x: Tensor) throws -> Tensor
    func summary(inputShape: [Int]?) throws -> ModelSummary

    /// Parameters for saving; `load(state:)` puts them back into a model of the same description.
    func stateDict() throws -> [NamedArray]
    func load(state: [NamedArray]) throws
    var modelDescription: ModelDescription { get }
}

extension Classifier {
    public func fit(x: Tensor, y: [Int], options: FitOptions) throws -> History {
        try fit(x: x, y: y, options: options, progress: nil)
    }

    public func predict(_ x: Tensor) throws -> [Int] {
        try predictProbabilities(x).argmaxRows()
    }

    /// Mean cross-entropy of the predicted probabilities, and accuracy.
    public func evaluate(x: Tensor, y: [Int]) throws -> Score {
        try LabelCheck.check(x: x, y: y, classes: classCount, model: displayName)
        let probabilities = try predictProbabilities(x)
        let result = SoftmaxCrossEntropy.evaluate(probabilities: probabilities, labels: y[...], wantGradient: false)
        return Score(loss: result.loss, accuracy: Double(result.correct) / Double(max(1, y.count)))
    }
}

/// A Codable description of any model: what to construct before loading its state.
public enum ModelDescription: Codable, Equatable, Sendable {
    case sequential(ModelArchitecture)
    case logisticRegression(l2: Double, features: Int, classes: Int)
    case linearSVM(c: Double, features: Int, classes: Int)
    case knn(k: Int, features: Int, classes: Int, samples: Int)

    /// A new model for this description (unfitted; load its state next).
    public func makeModel() throws -> Classifier {
        switch self {
        case .sequential(let architecture):
            return try Sequential(architecture: architecture)
        case .logisticRegression(let l2, let features, let classes):
            let model = try LogisticRegression(l2: l2)
            try model.prepare(features: features, classes: classes)
            return model
        case .linearSVM(let c, let features, let classes):
            let model = try LinearSVM(c: c)
            try model.prepare(features: features, classes: classes)
            return model
        case .knn(let k, _, _, _):
            return try KNN(k: k)
        }
    }
}

/// Validation of inputs and labels shared by every model.
enum LabelCheck {
    static func check(x: Tensor, y: [Int], classes: Int?, model: String) throws {
        guard x.rank >= 2 else {
            throw MLError.shapeMismatch("\(model) expects a batch of samples [N, ...] but got shape \(formatShape(x.shape))")
        }
        guard x.batchCount == y.count else {
            throw MLError.shapeMismatch("\(model): \(formatCount(x.batchCount)) samples but \(formatCount(y.count)) labels")
        }
        guard x.batchCount > 0 else { throw MLError.invalidArgument("\(model): no samples to work on") }
        if let bad = y.first(where: { $0 < 0 }) {
            throw MLError.invalidArgument("\(model): labels must be 0 or more, got \(bad)")
        }
        if let classes, let high = y.max(), high >= classes {
            throw MLError.shapeMismatch("\(model): labels go up to \(high) but the model has \(classes) classes")
        }
    }

    /// Splits off validation data: an explicit set wins, else the last `split` fraction.
    static func split(x: Tensor, y: [Int], options: FitOptions, model: String) throws
        -> (trainX: Tensor, trainY: [Int], validation: (x: Tensor, y: [Int])?) {
        if let validation = options.validation {
            guard Array(validation.x.shape.dropFirst()) == Array(x.shape.dropFirst()) else {
                throw MLError.shapeMismatch(
                    "\(model): validation samples have shape \(formatShape(Array(validation.x.shape.dropFirst()))) but training samples \(formatShape(Array(x.shape.dropFirst())))")
            }
            try check(x: validation.x, y: validation.y, classes: nil, model: model + " (validation)")
            return (x, y, validation)
        }
        guard options.validationSplit > 0 else { return (x, y, nil) }
        let held = Int((Double(x.batchCount) * options.validationSplit).rounded())
        let kept = x.batchCount - held
        guard held >= 1, kept >= 1 else {
            throw MLError.invalidArgument("\(model): validationSplit \(options.validationSplit) of \(x.batchCount) samples leaves nothing to train or validate on")
        }
        return (try x.samples(0..<kept), Array(y[0..<kept]),
                (try x.samples(kept..<x.batchCount), Array(y[kept...])))
    }
}
