/// Everything `fit` accepts besides the data. Classic models read only what applies to them
/// (`seed`, `epochs` when given, validation) and document their own defaults.
public struct FitOptions {
    /// nil: the model's default (Sequential: 10).
    public var epochs: Int?
    public var batchSize: Int
    public var optimizer: Optimizer
    /// Fraction of the training data (taken from its end, before shuffling, as Keras does) held out.
    public var validationSplit: Double
    /// An explicit validation set; takes precedence over `validationSplit`.
    public var validation: (x: Tensor, y: [Int])?
    /// Stop after this many epochs without improvement of the monitored loss (validation loss when
    /// there is validation data, else training loss), restoring the best weights.
    public var earlyStoppingPatience: Int?
    public var seed: UInt64
    /// How the learning rate changes over the epochs (Sequential only).
    public var schedule: LearningRateSchedule = .constant
    /// Keras's label smoothing: the targets become (1 − ε)·onehot + ε / classes (Sequential only).
    public var labelSmoothing: Double = 0
    /// Transforms each training batch afresh (e.g. random shifts, rotations and zooms of images),
    /// given a seed drawn from the fit's seed: the same seed gives the same augmented batches.
    /// Injected by the caller, which knows images; Sequential only.
    public var augment: ((_ batch: Tensor, _ seed: UInt64) throws -> Tensor)?

    public init(epochs: Int? = nil, batchSize: Int = 32, optimizer: Optimizer = .adam(),
                validationSplit: Double = 0, validation: (x: Tensor, y: [Int])? = nil,
                earlyStoppingPatience: Int? = nil, seed: UInt64 = 0) {
        self.epochs = epochs
        self.batchSize = batchSize
        self.optimizer = optimizer
        self.validationSplit = validationSplit
        self.validation = validation
        self.earlyStoppingPatience = earlyStoppingPatience
        self.seed = seed
    }

    func validate() throws {
        if let epochs, epochs < 1 { throw MLError.invalidArgument("epochs must be at least 1, got \(epochs)") }
        guard batchSize >= 1 else { throw MLError.invalidArgument("batchSize must be at least 1, got \(batchSize)") }
        guard validationSplit >= 0, validationSplit < 1 else {
            throw MLError.invalidArgument("validationSplit must be in [0, 1), got \(validationSplit)")
        }
        if let patience = earlyStoppingPatience, patience < 1 {
            throw MLError.invalidArgument("earlyStopping patience must be at least 1, got \(patience)")
        }
        try optimizer.validate()
        guard labelSmoothing >= 0, labelSmoothing < 1 else {
            throw MLError.invalidArgument("labelSmoothing must be in [0, 1), got \(labelSmoothing)")
        }
        try schedule.validate(epochs: epochs ?? 10)
    }
}
