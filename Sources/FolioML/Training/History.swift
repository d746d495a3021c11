/// Per-epoch training record returned by `fit`.
public struct EpochRecord: Codable, Equatable, Sendable {
    public var epoch: Int
    public var loss: Double
    public var accuracy: Double
    public var validationLoss: Double?
    public var validationAccuracy: Double?
    public var seconds: Double
    /// The learning rate of the epoch's last step, when a schedule changed it (nil: constant).
    public var learningRate: Double?
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

/// Reported after every mini-batch so a caller can draw a progress bar (loss and accuracy are the
/// running means over the epoch so far), and once more when an epoch is over, validation included,
/// with `finishedEpoch` set.
public struct EpochProgress: Sendable, Equatable {
    public var epoch: Int
    public var epochs: Int
    public var batch: Int
    public var batches: Int
    public var loss: Double
    public var accuracy: Double
    /// The epoch's record, in the last report of each epoch only.
    public var finishedEpoch: EpochRecord?

    public init(epoch: Int, epochs: Int, batch: Int, batches: Int, loss: Double, accuracy: Double, finishedEpoch: EpochRecord? = nil) {
        self.epoch = epoch
        self.epochs = epochs
        self.batch = batch
        self.batches = batches
        self.loss = loss
        self.accuracy = accuracy
        self.finishedEpoch = finishedEpoch
    }

    /// The report that ends an epoch.
    public static func finished(_ record: EpochRecord, epochs: Int, batches: Int) -> EpochProgress {
        EpochProgress(epoch: record.epoch, epochs: epochs, batch: batches, batches: batches,
                      loss: record.loss, accuracy: record.accuracy, finishedEpoch: record)
    }
}
