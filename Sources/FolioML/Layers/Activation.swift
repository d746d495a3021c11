import Foundation

/// Activation functions a layer can apply to its output.
public enum Activation: String, Codable, Sendable, CaseIterable {
    case linear, relu, sigmoid, tanh, softmax

    /// Applies the activation in place to `rows` rows of `width` values. `parallel: false` keeps the
    /// work on the calling thread (for callers that already split the batch over the cores).
    func apply(_ values: UnsafeMutablePointer<Float>, rows: Int, width: Int, parallel: Bool = true) {
        let count = rows * width
        switch self {
        case .linear:
            return
        case .relu:
            Activation.split(count, minimumPerChunk: 65_536, parallel: parallel) { range in
                VectorLoops.relu(values, range)
            }
        case .sigmoid:
            Activation.split(count, minimumPerChunk: 16_384, parallel: parallel) { range in
                for index in range { values[index] = 1 / (1 + expf(-values[index])) }
            }
        case .tanh:
            Activation.split(count, minimumPerChunk: 16_384, parallel: parallel) { range in
                for index in range { values[index] = tanhf(values[index]) }
            }
        case .softmax:
            Activation.softmaxRows(values, rows: rows, width: width)
        }
    }

    private static func split(_ count: Int, minimumPerChunk: Int, parallel: Bool, _ body: (Range<Int>) -> Void) {
        if parallel {
            Parallel.forEachChunk(count, minimumPerChunk: minimumPerChunk, body)
        } else if count > 0 {
            body(0..<count)
        }
    }

    /// Numerically stable softmax of each row, in place.
    static func softmaxRows(_ values: UnsafeMutablePointer<Float>, rows: Int, width: Int) {
        guard width > 0 else { return }
        for row in 0..<rows {
            let base = values + row * width
            var maximum = base[0]
            for column in 1..<max(1, width) where base[column] > maximum { maximum = base[column] }
            var sum: Float = 0
            for column in 0..<width {
                let e = expf(base[column] - maximum)
                base[column] = e
                sum += e
            }
            let scale = 1 / sum
            for column in 0..<width { base[column] *= scale }
        }
    }

    /// Turns the gradient with respect to the activation's output into the gradient with respect to
    /// its input, in place, given the activation's output. When `fusedWithLoss` is set for softmax
    /// the gradient already is the logit gradient (cross-entropy's p − y) and passes through.
    func backward(gradient: UnsafeMutablePointer<Float>, output: UnsafePointer<Float>,
                  rows: Int, width: Int, fusedWithLoss: Bool, parallel: Bool = true) {
        let count = rows * width
        switch self {
        case .linear:
            return
        case .relu:
            Activation.split(count, minimumPerChunk: 65_536, parallel: parallel) { range in
                VectorLoops.reluBackward(gradient, output: output, range)
            }
        case .sigmoid:
            Activation.split(count, minimumPerChunk: 65_536, parallel: parallel) { range in
                for index in range { gradient[index] *= output[index] * (1 - output[index]) }
            }
        case .tanh:
            Activation.split(count, minimumPerChunk: 65_536, parallel: parallel) { range in
                for index in range { gradient[index] *= 1 - output[index] * output[index] }
            }
        case .softmax:
            if fusedWithLoss { return }
            for row in 0..<rows {
                let g = gradient + row * width
                let p = output + row * width
                var dot: Float = 0
                for column in 0..<width { dot += g[column] * p[column] }
                for column in 0..<width { g[column] = p[column] * (g[column] - dot) }
            }
        }
    }
}
