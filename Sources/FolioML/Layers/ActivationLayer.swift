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
        let result = activation.applied(to: input, width: outputShape.last ?? 1)
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
        return activation.inputGradient(outputGradient, output: output, width: outputShape.last ?? 1,
                                        fusedWithLoss: softmaxFusedWithLoss)
    }
}
