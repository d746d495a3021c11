/// Batch normalisation over the last axis (features, or channels of NHWC images). Training uses the
/// batch's statistics and updates running ones; inference uses the running statistics. Keras's
/// defaults: momentum 0.99, epsilon 0.001, gamma/beta trainable, running mean/variance not.
public final class BatchNorm: Layer {
    public let momentum: Double
    public let epsilon: Double
    public var name = "batch_normalization"
    public var kind: String { "batch_normalization" }
    public private(set) var outputShape: [Int] = []
    public private(set) var parameters: [Parameter] = []

    private var channels = 0
    private var normalized: [Float] = []
    private var inverseDeviation: [Float] = []
    private var lastShape: [Int] = []

    public init(momentum: Double = 0.99, epsilon: Double = 0.001) throws {
        guard momentum >= 0, momentum < 1 else {
            throw MLError.invalidArgument("BatchNorm momentum must be in [0, 1), got \(momentum)")
        }
        guard epsilon > 0 else { throw MLError.invalidArgument("BatchNorm epsilon must be positive, got \(epsilon)") }
        self.momentum = momentum
        self.epsilon = epsilon
    }

    public var spec: LayerSpec { .batchNorm(momentum: momentum, epsilon: epsilon) }

    public func build(inputShape: [Int], previous: String?, generator: inout SeededGenerator) throws -> [Int] {
        guard let last = inputShape.last, last > 0 else {
            throw MLError.shapeMismatch("\(name) needs a non-empty input, got \(formatShape(inputShape)) (from \(previous ?? "the input"))")
        }
        channels = last
        let ones = [Float](repeating: 1, count: last)
        let zeros = [Float](repeating: 0, count: last)
        parameters = [
            Parameter(name: "\(name)/gamma", shape: [last], value: ones),
            Parameter(name: "\(name)/beta", shape: [last], value: zeros),
            Parameter(name: "\(name)/moving_mean", shape: [last], value: zeros, trainable: false),
            Parameter(name: "\(name)/moving_variance", shape: [last], value: ones, trainable: false),
        ]
        outputShape = inputShape
        return outputShape
    }

    public func forward(_ input: Tensor, training: Bool) throws -> Tensor {
        guard parameters.count == 4 else { throw MLError.invalidState("\(name) is used before it was built") }
        guard input.shape.last == channels else {
            throw MLError.shapeMismatch("\(name) expects \(channels) features on the last axis but got input \(formatShape(input.shape))")
        }
        let rows = input.count / max(1, channels)
        let channels = self.channels
        let gamma = parameters[0].value
        let beta = parameters[1].value
        var output = uninitializedFloats(input.count)
        if !training || rows < 2 {
            let mean = parameters[2].value
            let variance = parameters[3].value
            var scale = [Float](repeating: 0, count: channels)
            var shift = [Float](repeating: 0, count: channels)
            for c in 0..<channels {
                scale[c] = gamma[c] / (variance[c] + Float(epsilon)).squareRoot()
                shift[c] = beta[c] - mean[c] * scale[c]
            }
            input.storage.withUnsafeBufferPointer { x in
                output.withUnsafeMutableBufferPointer { o in
                    guard let xp = x.baseAddress, let op = o.baseAddress else { return }
                    ChannelLoops.affine(xp, rows: rows, channels: channels, center: nil, inverse: nil, scale: scale, shift: shift,
                                        normalized: nil, into: op)
                }
            }
            normalized = []
            return Tensor(uncheckedShape: input.shape, storage: output)
        }
        var meanFloat = [Float](repeating: 0, count: channels)
        var variance = [Double](repeating: 0, count: channels)
        input.storage.withUnsafeBufferPointer { x in
            guard let xp = x.baseAddress else { return }
            (meanFloat, variance) = ChannelLoops.meanAndVariance(xp, rows: rows, channels: channels)
        }
        var inverse = [Float](repeating: 0, count: channels)
        for c in 0..<channels { inverse[c] = Float(1 / (variance[c] + epsilon).squareRoot()) }
        var xhat = uninitializedFloats(input.count)
        input.storage.withUnsafeBufferPointer { x in
            xhat.withUnsafeMutableBufferPointer { h in
                output.withUnsafeMutableBufferPointer { o in
                    guard let xp = x.baseAddress, let hp = h.baseAddress, let op = o.baseAddress else { return }
                    ChannelLoops.affine(xp, rows: rows, channels: channels, center: meanFloat, inverse: inverse, scale: gamma,
                                        shift: beta, normalized: hp, into: op)
                }
            }
        }
        let keep = Float(momentum)
        parameters[2].value.withUnsafeMutableBufferPointer { runningMean in
            for c in 0..<channels { runningMean[c] = runningMean[c] * keep + meanFloat[c] * (1 - keep) }
        }
        parameters[3].value.withUnsafeMutableBufferPointer { runningVariance in
            for c in 0..<channels { runningVariance[c] = runningVariance[c] * keep + Float(variance[c]) * (1 - keep) }
        }
        normalized = xhat
        inverseDeviation = inverse
        lastShape = input.shape
        return Tensor(uncheckedShape: input.shape, storage: output)
    }

    public func backward(_ outputGradient: Tensor, needsInputGradient: Bool) throws -> Tensor? {
        guard parameters.count == 4, !normalized.isEmpty else {
            throw MLError.invalidState("\(name): backward without a training forward pass")
        }
        guard outputGradient.count == normalized.count else {
            throw MLError.shapeMismatch("\(name): gradient of shape \(formatShape(outputGradient.shape)) does not match the output")
        }
        let channels = self.channels
        let rows = normalized.count / channels
        var sums: (sum: [Double], product: [Double]) = ([], [])
        outputGradient.storage.withUnsafeBufferPointer { g in
            normalized.withUnsafeBufferPointer { h in
                guard let gp = g.baseAddress, let hp = h.baseAddress else { return }
                sums = ChannelLoops.gradientSums(gp, hp, rows: rows, channels: channels)
            }
        }
        guard sums.sum.count == channels else { throw MLError.invalidState("\(name): empty gradient") }
        parameters[0].gradient = sums.product.map { Float($0) }
        parameters[1].gradient = sums.sum.map { Float($0) }
        defer { normalized = [] }
        guard needsInputGradient else { return nil }
        let gamma = parameters[0].value
        var inputGradient = uninitializedFloats(normalized.count)
        let meanGradient = sums.sum.map { Float($0 / Double(rows)) }
        let meanProduct = sums.product.map { Float($0 / Double(rows)) }
        var factor = [Float](repeating: 0, count: channels)
        for c in 0..<channels { factor[c] = gamma[c] * inverseDeviation[c] }
        outputGradient.storage.withUnsafeBufferPointer { g in
            normalized.withUnsafeBufferPointer { h in
                inputGradient.withUnsafeMutableBufferPointer { dx in
                    guard let gp = g.baseAddress, let hp = h.baseAddress, let dp = dx.baseAddress else { return }
                    ChannelLoops.inputGradient(gp, hp, rows: rows, channels: channels, meanGradient: meanGradient,
                                               meanProduct: meanProduct, factor: factor, into: dp)
                }
            }
        }
        return Tensor(uncheckedShape: lastShape, storage: inputGradient)
    }
}
