/// How parameters are updated from their gradients. The update rules are Keras 3's, so the same
/// hyper-parameters give the same steps.
public enum Optimizer: Codable, Equatable, Sendable {
    case sgd(lr: Double = OptimizerDefaults.sgdLearningRate, momentum: Double = OptimizerDefaults.momentum, nesterov: Bool = OptimizerDefaults.nesterov)
    case adam(lr: Double = OptimizerDefaults.adamLearningRate, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-7)
    /// Adam with decoupled weight decay (Loshchilov & Hutter): each step first shrinks every
    /// trainable weight by lr · weightDecay · w, as Keras's AdamW does.
    case adamW(lr: Double = OptimizerDefaults.adamLearningRate, weightDecay: Double = OptimizerDefaults.weightDecay, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-7)
    case rmsprop(lr: Double = OptimizerDefaults.rmspropLearningRate, rho: Double = 0.9, epsilon: Double = 1e-7)

    public var learningRate: Double {
        switch self {
        case .sgd(let lr, _, _), .adam(let lr, _, _, _), .adamW(let lr, _, _, _, _), .rmsprop(let lr, _, _): return lr
        }
    }

    func validate() throws {
        let name: String
        switch self {
        case .sgd(_, let momentum, _):
            name = "sgd"
            guard momentum >= 0, momentum < 1 else { throw MLError.invalidArgument("sgd momentum must be in [0, 1), got \(momentum)") }
        case .adam(_, let beta1, let beta2, let epsilon), .adamW(_, _, let beta1, let beta2, let epsilon):
            name = "adam"
            guard beta1 >= 0, beta1 < 1, beta2 >= 0, beta2 < 1, epsilon > 0 else {
                throw MLError.invalidArgument("adam needs 0 ≤ beta1, beta2 < 1 and epsilon > 0")
            }
            if case .adamW(_, let decay, _, _, _) = self {
                guard decay >= 0, decay.isFinite else { throw MLError.invalidArgument("adamW weightDecay must be 0 or more, got \(decay)") }
            }
        case .rmsprop(_, let rho, let epsilon):
            name = "rmsprop"
            guard rho >= 0, rho < 1, epsilon > 0 else { throw MLError.invalidArgument("rmsprop needs 0 ≤ rho < 1 and epsilon > 0") }
        }
        guard learningRate > 0, learningRate.isFinite else {
            throw MLError.invalidArgument("\(name) learning rate must be positive, got \(learningRate)")
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
        case .adam, .adamW: second = self.parameters.map { [Float](repeating: 0, count: $0.count) }
        case .sgd, .rmsprop: second = []
        }
    }

    /// Applies one update from the gradients currently stored in the parameters.
    func apply() {
        step += 1
        switch optimizer {
        case .sgd(let lr, let momentum, let nesterov):
            let rate = Float(lr * learningRateScale)
            let mu = Float(momentum)
            for (index, parameter) in parameters.enumerated() {
                parameter.value.withUnsafeMutableBufferPointer { w in
                    parameter.gradient.withUnsafeBufferPointer { g in
                        first[index].withUnsafeMutableBufferPointer { v in
                            if mu == 0 {
                                for i in 0..<w.count { w[i] -= rate * g[i] }
                            } else if nesterov {
                                for i in 0..<w.count {
                                    v[i] = mu * v[i] - rate * g[i]
                                    w[i] += mu * v[i] - rate * g[i]
                                }
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
        case .rmsprop(let lr, let rho, let epsilon):
            let rate = Float(lr * learningRateScale)
            let (keep, eps) = (Float(rho), Float(epsilon))
            for (index, parameter) in parameters.enumerated() {
                parameter.value.withUnsafeMutableBufferPointer { w in
                    parameter.gradient.withUnsafeBufferPointer { g in
                        first[index].withUnsafeMutableBufferPointer { v in
                            for i in 0..<min(w.count, g.count, v.count) {
                                v[i] = keep * v[i] + (1 - keep) * g[i] * g[i]
                                w[i] -= rate * g[i] / (v[i] + eps).squareRoot()
                            }
                        }
                    }
                }
            }
        case .adamW(let lr, let decay, let beta1, let beta2, let epsilon):
            let shrink = Float(lr * learningRateScale * decay)
            for parameter in parameters {
                parameter.value.withUnsafeMutableBufferPointer { w in
                    for i in 0..<w.count { w[i] -= w[i] * shrink }
                }
            }
            adamStep(lr: lr, beta1: beta1, beta2: beta2, epsilon: epsilon)
        case .adam(let lr, let beta1, let beta2, let epsilon):
            adamStep(lr: lr, beta1: beta1, beta2: beta2, epsilon: epsilon)
        }
    }

    private func adamStep(lr: Double, beta1: Double, beta2: Double, epsilon: Double) {
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

import Foundation
