/// An activation applied as a layer of its own (`Activation(.relu)`), as after a BatchNorm.
public final class ActivationLayer: Layer {
    public let activation: Activation
    public var name = "activation"
    public var kind: String { "activation" }
    public private(set) var outputShape: [Int] = []
    public var parameters: [Parameter] { [] }
    /// Set by the model when this layer's softmax is followed by cross-entropy.
    var softmaxFusedWithLoss = false
    private var lastOutput: Tensor?

    public init(_ activation: Activation) {
        self.activation = activation
    }

    public var spec: LayerSpec { .activation(activation) }

    public func build(inputShape: [Int], previous: String?, generator: inout SeededGenerator) throws -> [Int] {
        guard let last = inputShape.last, last > 0 else {
            throw MLError.shapeMismatch("\(name) needs a non-empty input, got \(formatShape(inputShape)) (from \(previous ?? "the input"))")
        }
        outputShape = inputShape
        return outputShape
    }

    public func forward(_ input: Tensor, training: Bool) throws -> Tensor {
        guard Array(input.shape.dropFirst()) == outputShape else {
            throw MLError.shapeMismatch("\(name) expects samples of shape \(formatShape(outputShape)) but got \(formatShape(Array(input.shape.dropFirst())))")
        }
        var output = input.storage
        let width = outputShape.last ?? 1
        output.withUnsafeMutableBufferPointer { values in
            guard let base = values.baseAddress else { return }
            activation.apply(base, rows: values.count / width, width: width)
        }
        let result = Tensor(uncheckedShape: input.shape, storage: output)
        lastOutput = training ? result : nil
        return result
    }

    public func backward(_ outputGradient: Tensor, needsInputGradient: Bool) throws -> Tensor? {
        guard let output = lastOutput else { throw MLError.invalidState("\(name): backward without a training forward pass") }
        lastOutput = nil
        guard needsInputGradient else { return nil }
        guard outputGradient.count == output.count else {
            throw MLError.shapeMismatch("\(name): gradient of shape \(formatShape(outputGradient.shape)) does not match the output")
        }
        var gradient = outputGradient.storage
        let width = outputShape.last ?? 1
        let fused = softmaxFusedWithLoss
        gradient.withUnsafeMutableBufferPointer { g in
            output.storage.withUnsafeBufferPointer { o in
                guard let gp = g.baseAddress, let op = o.baseAddress else { return }
                activation.backward(gradient: gp, output: op, rows: g.count / width, width: width, fusedWithLoss: fused)
            }
        }
        return Tensor(uncheckedShape: outputGradient.shape, storage: gradient)
    }
}
