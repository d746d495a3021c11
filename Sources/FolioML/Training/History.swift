/// Per-epoch training record returned by `fit`.
public struct EpochRecord: Codable, Equatable, Sendable {
    public var epoch: Int
    public var loss: Double
    public var accuracy: Double
    public var validationLoss: Double?
    public var validationAccuracy: Double?
    public var seconds: Double
}

/// The history of one `fit` call.
public struct History: Codable, Equatable, Sendable {
    public var epochs: [EpochRecord] = []
    /// True when early stopping ended training before the requested number of epochs.
    public var stoppedEarly = false
    /// The epoch whose weights the model holds after early stopping restored the best ones.
    public var bestEpoch: Int?

    public init() {}

    public var losses: [Double] { epochs.map(\.loss) }
    public var accuracies: [Double] { epochs.map(\.accuracy) }
    public var validationLosses: [Double] { epochs.compactMap(\.validationLoss) }
    public var validationAccuracies: [Double] { epochs.compactMap(\.validationAccuracy) }
}

/// Reported after every mini-batch so a caller can draw a progress bar. Loss and accuracy are the
/// running means over the epoch so far.
public struct EpochProgress: Sendable, Equatable {
    public var epoch: Int
    public var epochs: Int
    public var batch: Int
    public var batches: Int
    public var loss: Double
    public var accuracy: Double
}
