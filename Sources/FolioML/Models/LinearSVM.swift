/// Multiclass linear SVM with the Crammer–Singer hinge loss. `c` is the usual inverse
/// regularisation strength: the objective is mean hinge + 1/(2·c·N) · ‖W‖² (N training samples).
/// `predictProbabilities` is a softmax of the scores: it ranks classes but is not calibrated.
public final class LinearSVM: Classifier {
    public let c: Double
    public var defaultEpochs = 8
    public var learningRate = 0.003
    public var batchSize = 256
    private let core: LinearClassifierCore

    public init(c: Double = 1) throws {
        guard c > 0, c.isFinite else { throw MLError.invalidArgument("LinearSVM c must be positive, got \(c)") }
        self.c = c
        core = LinearClassifierCore(loss: .crammerSingerHinge, modelName: "LinearSVM")
    }

    public var displayName: String { "LinearSVM(c: \(formatLearningRate(c)))" }
    public var classCount: Int? { core.classes > 0 ? core.classes : nil }
    public var modelDescription: ModelDescription { .linearSVM(c: c, features: core.features, classes: core.classes) }

    func prepare(features: Int, classes: Int) throws { try core.prepare(features: features, classes: classes) }

    public func fit(x: Tensor, y: [Int], options: FitOptions, progress: ((EpochProgress) -> Void)?) throws -> History {
        let l2 = 1 / (c * Double(max(1, x.batchCount)))
        return try core.fit(x: x, y: y, options: options, l2: l2, defaultEpochs: defaultEpochs,
                            learningRate: learningRate, batchSize: batchSize, progress: progress)
    }

    public func predictProbabilities(_ x: Tensor) throws -> Tensor { try core.probabilities(x) }
    public func summary(inputShape: [Int]?) throws -> ModelSummary { try core.summary(inputShape: inputShape) }
    public func stateDict() throws -> [NamedArray] { try core.stateDict() }
    public func load(state: [NamedArray]) throws { try core.load(state: state) }
}
