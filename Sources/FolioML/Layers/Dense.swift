/// A fully connected layer: output = activation(input · kernel + bias). Multi-axis inputs are
/// treated as flat vectors (as after Flatten). Kernel layout [inputs, units], like Keras.
public final class Dense: Layer {
    public let units: Int
    public let activation: Activation
    public var name = "dense"
    public var kind: String { "dense" }
    public private(set) var outputShape: [Int] = []
    public private(set) var parameters: [Parameter] = []
    /// Set by the model when this layer's softmax is followed by cross-entropy.
    var softmaxFusedWithLoss = false

    private var inputs = 0
    private var previousName = "the input"
    private var lastInput: Tensor?
    private var lastOutput: Tensor?

    public init(_ units: Int, activation: Activation = .linear) throws {
        guard units > 0 else {
            throw MLError.invalidArgument("Dense needs a positive number of units, got \(units)")
        }
        self.units = units
        self.activation = activation
    }

    public var spec: LayerSpec { .dense(units: units, activation: activation) }

    public func build(inputShape: [Int], previous: String?, generator: inout SeededGenerator) throws -> [Int] {
        inputs = try checkedProduct(inputShape, layer: name)
        guard inputs > 0 else {
            throw MLError.shapeMismatch("\(name) got an empty input of shape \(formatShape(inputShape))")
        }
        previousName = previous ?? "the input"
        let weightCount = try checkedProduct([inputs, units], layer: name)
        try checkAllocation(weightCount, what: "a \(formatCount(inputs)) × \(formatCount(units)) kernel", layer: name)
        // Glorot uniform, as Keras's Dense: keeps results comparable with the Keras reference models.
        let kernel = Initializer.weights(count: weightCount, fanIn: inputs, fanOut: units,
                                         activation: .linear, generator: &generator)
        parameters = [
            Parameter(name: "\(name)/kernel", shape: [inputs, units], value: kernel),
            Parameter(name: "\(name)/bias", shape: [units], value: [Float](repeating: 0, count: units)),
        ]
        outputShape = [units]
        return outputShape
    }

    public func forward(_ input: Tensor, training: Bool) throws -> Tensor {
        guard parameters.count == 2 else { throw MLError.invalidState("\(name) is used before it was built") }
        guard input.sampleSize == inputs else {
            throw MLError.shapeMismatch(
                "\(name) expects \(formatCount(inputs)) inputs but got \(formatCount(input.sampleSize)) (from \(previousName))")
        }
        let rows = input.batchCount
        var output = uninitializedFloats(rows * units)
        let kernel = parameters[0].value
        let bias = parameters[1].value
        let (units, inputs, activation) = (self.units, self.inputs, self.activation)
        output.withUnsafeMutableBufferPointer { out in
            guard let o = out.baseAddress else { return }
            bias.withUnsafeBufferPointer { b in
                guard let bp = b.baseAddress else { return }
                for row in 0..<rows { (o + row * units).update(from: bp, count: units) }
            }
            input.storage.withUnsafeBufferPointer { x in
                kernel.withUnsafeBufferPointer { w in
                    guard let xp = x.baseAddress, let wp = w.baseAddress else { return }
                    BLAS.gemm(transposeA: false, transposeB: false, m: rows, n: units, k: inputs,
                              a: xp, b: wp, beta: 1, c: o)
                }
            }
            activation.apply(o, rows: rows, width: units)
        }
        let result = Tensor(uncheckedShape: [rows, units], storage: output)
        if training {
            lastInput = input
            lastOutput = result
        } else {
            lastInput = nil
            lastOutput = nil
        }
        return result
    }

    public func backward(_ outputGradient: Tensor, needsInputGradient: Bool) throws -> Tensor? {
        guard let input = lastInput, let output = lastOutput, parameters.count == 2 else {
            throw MLError.invalidState("\(name): backward without a training forward pass")
        }
        let rows = input.batchCount
        guard outputGradient.count == rows * units else {
            throw MLError.shapeMismatch("\(name): gradient of shape \(formatShape(outputGradient.shape)) does not match output [\(rows), \(units)]")
        }
        let (units, inputs, activation, fused) = (self.units, self.inputs, self.activation, softmaxFusedWithLoss)
        var delta = outputGradient.storage
        delta.withUnsafeMutableBufferPointer { d in
            output.storage.withUnsafeBufferPointer { o in
                guard let dp = d.baseAddress, let op = o.baseAddress else { return }
                activation.backward(gradient: dp, output: op, rows: rows, width: units, fusedWithLoss: fused)
            }
        }
        let kernelParameter = parameters[0]
        let biasParameter = parameters[1]
        delta.withUnsafeBufferPointer { d in
            input.storage.withUnsafeBufferPointer { x in
                kernelParameter.gradient.withUnsafeMutableBufferPointer { g in
                    guard let dp = d.baseAddress, let xp = x.baseAddress, let gp = g.baseAddress else { return }
                    BLAS.gemm(transposeA: true, transposeB: false, m: inputs, n: units, k: rows,
                              a: xp, b: dp, beta: 0, c: gp)
                }
            }
            biasParameter.gradient.withUnsafeMutableBufferPointer { g in
                guard let gp = g.baseAddress, let dp = d.baseAddress else { return }
                ColumnSums.compute(dp, rows: rows, width: units, into: gp)
            }
        }
        lastInput = nil
        lastOutput = nil
        guard needsInputGradient else { return nil }
        var inputGradient = uninitializedFloats(rows * inputs)
        delta.withUnsafeBufferPointer { d in
            kernelParameter.value.withUnsafeBufferPointer { w in
                inputGradient.withUnsafeMutableBufferPointer { g in
                    guard let dp = d.baseAddress, let wp = w.baseAddress, let gp = g.baseAddress else { return }
                    BLAS.gemm(transposeA: false, transposeB: true, m: rows, n: inputs, k: units,
                              a: dp, b: wp, beta: 0, c: gp)
                }
            }
        }
        return Tensor(uncheckedShape: input.shape, storage: inputGradient)
    }
}
