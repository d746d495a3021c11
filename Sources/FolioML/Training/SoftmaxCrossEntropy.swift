import Foundation

/// Softmax cross-entropy on probabilities that came from a softmax. The gradient with respect to
/// the logits is (p − onehot) / N, which needs no division by p: this is the fused, stable form.
enum SoftmaxCrossEntropy {
    /// Keras clips probabilities to [1e-7, 1 − 1e-7] before the log; so do we, for equal numbers.
    static let clip: Float = 1e-7

    struct Result {
        var loss: Double
        var correct: Int
        var logitGradient: Tensor?
    }

    /// `probabilities` is [N, K]; labels must be in 0..<K (checked by the caller).
    /// `smoothing` ε turns the targets into (1 − ε)·onehot + ε / K, as Keras's label_smoothing does;
    /// the loss and the gradient p − target follow.
    static func evaluate(probabilities: Tensor, labels: ArraySlice<Int>, wantGradient: Bool, smoothing: Double = 0) -> Result {
        let rows = probabilities.batchCount
        let width = probabilities.sampleSize
        var loss = 0.0
        var correct = 0
        var gradient: [Float] = wantGradient ? probabilities.storage : []
        probabilities.storage.withUnsafeBufferPointer { p in
            for row in 0..<rows {
                let base = row * width
                let label = labels[labels.startIndex + row]
                if smoothing == 0 {
                    loss -= Double(logf(min(max(p[base + label], clip), 1 - clip)))
                } else {
                    let other = smoothing / Double(width)
                    for column in 0..<width {
                        let target = (column == label ? 1 - smoothing : 0) + other
                        loss -= target * Double(logf(min(max(p[base + column], clip), 1 - clip)))
                    }
                }
                var best = 0
                for column in 1..<max(1, width) where p[base + column] > p[base + best] { best = column }
                if best == label { correct += 1 }
            }
        }
        if wantGradient {
            let scale = 1 / Float(max(1, rows))
            let other = Float(smoothing / Double(width))
            let hit = Float(1 - smoothing)
            gradient.withUnsafeMutableBufferPointer { g in
                for row in 0..<rows {
                    if other != 0 { for column in 0..<width { g[row * width + column] -= other } }
                    g[row * width + labels[labels.startIndex + row]] -= hit
                }
                for index in 0..<g.count { g[index] *= scale }
            }
        }
        return Result(loss: loss / Double(max(1, rows)), correct: correct,
                      logitGradient: wantGradient ? Tensor(uncheckedShape: probabilities.shape, storage: gradient) : nil)
    }
}
