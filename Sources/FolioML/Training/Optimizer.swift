/// How parameters are updated from their gradients.
public enum Optimizer: Codable, Equatable, Sendable {
    case sgd(lr: Double, momentum: Double = 0)
    case adam(lr: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-7)

    public var learningRate: Double {
        switch self {
        case .sgd(let lr, _): return lr
        case .adam(let lr, _, _, _): return lr
        }
    }

    func validate() throws {
        switch self {
        case .sgd(let lr, let momentum):
            guard lr > 0, lr.isFinite else { throw MLError.invalidArgument("sgd learning rate must be positive, got \(lr)") }
            guard momentum >= 0, momentum < 1 else { throw MLError.invalidArgument("sgd momentum must be in [0, 1), got \(momentum)") }
        case .adam(let lr, let beta1, let beta2, let epsilon):
            guard lr > 0, lr.isFinite else { throw MLError.invalidArgument("adam learning rate must be positive, got \(lr)") }
            guard beta1 >= 0, beta1 < 1, beta2 >= 0, beta2 < 1, epsilon > 0 else {
                throw MLError.invalidArgument("adam needs 0 ≤ beta1, beta2 < 1 and epsilon > 0")
            }
        }
    }
}

/// The optimizer's per-parameter memory (momentum, Adam moments) for one training run.
final class OptimizerState {
    let optimizer: Optimizer
    private let parameters: [Parameter]
    private var first: [[Float]]
    private var second: [[Float]]
    private var step = 0
    /// Multiplies the learning rate (used by the classic models' decay schedules).
    var learningRateScale: Double = 1

    init(optimizer: Optimizer, parameters: [Parameter]) {
        self.optimizer = optimizer
        self.parameters = parameters.filter(\.trainable)
        first = self.parameters.map { [Float](repeating: 0, count: $0.count) }
        switch optimizer {
        case .adam: second = self.parameters.map { [Float](repeating: 0, count: $0.count) }
        case .sgd: second = []
        }
    }

    /// Applies one update from the gradients currently stored in the parameters.
    func apply() {
        step += 1
        switch optimizer {
        case .sgd(let lr, let momentum):
            let rate = Float(lr * learningRateScale)
            let mu = Float(momentum)
            for (index, parameter) in parameters.enumerated() {
                parameter.value.withUnsafeMutableBufferPointer { w in
                    parameter.gradient.withUnsafeBufferPointer { g in
                        first[index].withUnsafeMutableBufferPointer { v in
                            if mu == 0 {
                                for i in 0..<w.count { w[i] -= rate * g[i] }
                            } else {
                                for i in 0..<w.count {
                                    v[i] = mu * v[i] - rate * g[i]
                                    w[i] += v[i]
                                }
                            }
                        }
                    }
                }
            }
        case .adam(let lr, let beta1, let beta2, let epsilon):
            // Keras 3's form: the bias corrections fold into the step size and epsilon is added to
            // the uncorrected sqrt(v), so the same hyper-parameters give the same updates as Keras.
            let correction1 = 1 - pow(beta1, Double(step))
            let correction2 = 1 - pow(beta2, Double(step))
            let rate = Float(lr * learningRateScale * correction2.squareRoot() / correction1)
            let constants = AdamStep(rate: rate, beta1: Float(beta1), beta2: Float(beta2), epsilon: Float(epsilon))
            for (index, parameter) in parameters.enumerated() {
                parameter.value.withUnsafeMutableBufferPointer { w in
                    parameter.gradient.withUnsafeBufferPointer { g in
                        first[index].withUnsafeMutableBufferPointer { m in
                            second[index].withUnsafeMutableBufferPointer { v in
                                guard let wp = w.baseAddress, let gp = g.baseAddress,
                                      let mp = m.baseAddress, let vp = v.baseAddress else { return }
                                let count = min(w.count, g.count, m.count, v.count)
                                Parallel.forEachChunk(count, minimumPerChunk: 65_536) { range in
                                    constants.apply(weights: wp, gradients: gp, first: mp, second: vp, range: range)
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

import Foundation
