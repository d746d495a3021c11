/// Multinomial logistic regression (softmax regression) with L2 regularisation `l2` on the weights
/// (the objective is mean cross-entropy + l2/2 · ‖W‖²). Trained by mini-batch Adam.
public final class LogisticRegression: Classifier {
    public let l2: Double
    /// Epochs when `FitOptions.epochs` is nil.
    public var defaultEpochs = 8
    public var learningRate = 0.003
    public var batchSize = 256
    private let core: LinearClassifierCore

    public init(l2: Double = 1e-4) throws {
        guard l2 >= 0, l2.isFinite else { throw MLError.invalidArgument("LogisticRegression l2 must be 0 or more, got \(l2)") }
        self.l2 = l2
        core = LinearClassifierCore(loss: .crossEntropy, modelName: "LogisticRegression")
    }

    public var displayName: String { "LogisticRegression(l2: \(formatLearningRate(l2)))" }
    public var classCount: Int? { core.classes > 0 ? core.classes : nil }
    public var modelDescription: ModelDescription { .logisticRegression(l2: l2, features: core.features, classes: core.classes) }

    func prepare(features: Int, classes: Int) throws { try core.prepare(features: features, classes: classes) }

    public func fit(x: Tensor, y: [Int], options: FitOptions, progress: ((EpochProgress) -> Void)?) throws -> History {
        try core.fit(x: x, y: y, options: options, l2: l2, defaultEpochs: defaultEpochs,
                     learningRate: learningRate, batchSize: batchSize, progress: progress)
    }

    public func predictProbabilities(_ x: Tensor) throws -> Tensor { try core.probabilities(x) }
    public func summary(inputShape: [Int]?) throws -> ModelSummary { try core.summary(inputShape: inputShape) }
    public func stateDict() throws -> [NamedArray] { try core.stateDict() }
    public func load(state: [NamedArray]) throws { try core.load(state: state) }
}
