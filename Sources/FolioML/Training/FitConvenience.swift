extension Classifier {
    /// The vocabulary's spelling of `fit`, with every option as a labelled argument.
    public func fit(x: Tensor, y: [Int], epochs: Int? = nil, batchSize: Int = 32,
                    optimizer: Optimizer = .adam(lr: 0.001), validationSplit: Double = 0,
                    validation: (x: Tensor, y: [Int])? = nil, earlyStopping patience: Int? = nil,
                    seed: UInt64 = 0, progress: ((EpochProgress) -> Void)? = nil) throws -> History {
        try fit(x: x, y: y,
                options: FitOptions(epochs: epochs, batchSize: batchSize, optimizer: optimizer,
                                    validationSplit: validationSplit, validation: validation,
                                    earlyStoppingPatience: patience, seed: seed),
                progress: progress)
    }
}
