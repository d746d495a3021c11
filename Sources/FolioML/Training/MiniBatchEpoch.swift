import Foundation

/// One epoch of mini-batch training, shared by every model trained by gradient steps: a seeded
/// shuffle, the batches in order, the running loss and accuracy for progress reports, and the
/// check that stops a diverging run with the epoch and batch.
enum MiniBatchEpoch {
    /// What one batch's step reports: its loss summed over the batch's samples, and how many of
    /// them it predicted right.
    struct Step {
        var lossSum: Double
        var correct: Int
    }

    /// Runs `step` on each batch of a fresh permutation of `count` samples and returns the
    /// epoch's record (training loss and accuracy; validation and seconds are the caller's).
    static func run(epoch: Int, of epochs: Int, sampleCount count: Int, batchSize: Int,
                    generator: inout SeededGenerator, learningRate: Double,
                    progress: ((EpochProgress) -> Void)?,
                    step: (_ indices: [Int]) throws -> Step) throws -> EpochRecord {
        let batches = (count + batchSize - 1) / batchSize
        let order = generator.permutation(count)
        var lossSum = 0.0
        var correct = 0
        var seen = 0
        for batch in 0..<batches {
            let start = batch * batchSize
            let end = min(count, start + batchSize)
            let result = try step(Array(order[start..<end]))
            guard result.lossSum.isFinite else {
                throw MLError.nonFiniteLoss(epoch: epoch, batch: batch + 1, learningRate: learningRate)
            }
            lossSum += result.lossSum
            correct += result.correct
            seen += end - start
            progress?(EpochProgress(epoch: epoch, epochs: epochs, batch: batch + 1, batches: batches,
                                    loss: lossSum / Double(seen), accuracy: Double(correct) / Double(seen)))
        }
        return EpochRecord(epoch: epoch, loss: lossSum / Double(max(1, seen)),
                           accuracy: Double(correct) / Double(max(1, seen)),
                           validationLoss: nil, validationAccuracy: nil, seconds: 0)
    }
}
