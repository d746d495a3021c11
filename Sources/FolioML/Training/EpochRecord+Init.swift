extension EpochRecord {
    /// A record built outside `fit`, e.g. from progress reports of a fit that later failed (the
    /// memberwise initializer is internal to FolioML).
    public static func training(epoch: Int, loss: Double, accuracy: Double, seconds: Double) -> EpochRecord {
        EpochRecord(epoch: epoch, loss: loss, accuracy: accuracy, validationLoss: nil, validationAccuracy: nil, seconds: seconds)
    }
}
