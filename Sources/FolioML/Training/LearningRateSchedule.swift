import Foundation

/// How the learning rate changes during `fit`, step by step. `rate` is evaluated before every
/// mini-batch from the training progress, so warm-ups and cosines are smooth within an epoch.
public enum LearningRateSchedule: Codable, Equatable, Sendable {
    case constant
    /// Linear warm-up from almost 0 to the optimizer's rate over `warmupEpochs`, then a cosine
    /// decay to 0 at the end of training (Loshchilov & Hutter's SGDR without restarts).
    case cosine(warmupEpochs: Int)
    /// The optimizer's rate times `factor` for every `every` epochs completed.
    case step(every: Int, factor: Double)
    /// Smith's one-cycle policy with PyTorch OneCycleLR's defaults: from maxLR / 25 up to maxLR over
    /// the first 30 % of the steps, then a cosine down to maxLR / 25 / 10⁴. Replaces the optimizer's rate.
    case oneCycle(maxLR: Double)

    func validate(epochs: Int) throws {
        switch self {
        case .constant: return
        case .cosine(let warmup):
            guard warmup >= 0, warmup <= epochs else {
                throw MLError.invalidArgument("cosine(warmupEpochs:) must be in 0...epochs (\(epochs)), got \(warmup)")
            }
        case .step(let every, let factor):
            guard every >= 1 else { throw MLError.invalidArgument("step(every:) must be at least 1 epoch, got \(every)") }
            guard factor > 0, factor.isFinite else { throw MLError.invalidArgument("step(factor:) must be positive, got \(factor)") }
        case .oneCycle(let maxLR):
            guard maxLR > 0, maxLR.isFinite else { throw MLError.invalidArgument("oneCycle(maxLR:) must be positive, got \(maxLR)") }
        }
    }

    /// The learning rate for step `step` (0-based) of `stepsPerEpoch` × `epochs`, given the optimizer's `base` rate.
    public func rate(base: Double, step: Int, stepsPerEpoch: Int, epochs: Int) -> Double {
        let perEpoch = max(1, stepsPerEpoch)
        let total = max(1, perEpoch * epochs)
        switch self {
        case .constant:
            return base
        case .cosine(let warmup):
            let warmupSteps = warmup * perEpoch
            if step < warmupSteps { return base * Double(step + 1) / Double(warmupSteps) }
            let progress = Double(step - warmupSteps) / Double(max(1, total - warmupSteps))
            return base * 0.5 * (1 + cos(Double.pi * min(1, progress)))
        case .step(let every, let factor):
            return base * pow(factor, Double((step / perEpoch) / every))
        case .oneCycle(let maxLR):
            let initial = maxLR / 25
            let final = initial / 1e4
            let peak = max(1, Int((0.3 * Double(total)).rounded()) - 1)
            func anneal(_ from: Double, _ to: Double, _ fraction: Double) -> Double {
                to + (from - to) / 2 * (1 + cos(Double.pi * min(1, max(0, fraction))))
            }
            if step <= peak { return anneal(initial, maxLR, Double(step) / Double(peak)) }
            return anneal(maxLR, final, Double(step - peak) / Double(max(1, total - 1 - peak)))
        }
    }
}
