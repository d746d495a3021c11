/// A residual block: output = activation(body(input) + shortcut(input)). The shortcut is the input
/// itself when the body keeps its shape; when the body changes the channel count or the spatial
/// size, a 1×1 convolution with the block's stride and a BatchNorm project it (a Dense layer and a
/// BatchNorm for flat inputs), as Keras's ResNets do.
public final class Residual: Layer {
    public let activation: Activation
    public var name = "residual"
    public var kind: String { "residual" }
    public private(set) var outputShape: [Int] = []
    private let body: LayerChain
    /// The projection of the shortcut, when the body changes the shape (made by `build`).
    private var projection: LayerChain?
    private var lastOutput: Tensor?

    public init(activation: Activation = .linear, _ body: [Layer]) throws {
        guard !body.isEmpty else {
            throw MLError.invalidArgument("Residual needs at least one layer in its block, e.g. Residual { Conv2D(32, kernel: 3, padding: .same) }")
        }
        guard activation != .softmax else {
            throw MLError.invalidArgument("Residual(activation: .softmax) is not supported: use .relu, .tanh, .sigmoid or .linear, and end the model with Dense(…, activation: .softmax)")
        }
        self.activation = activation
        self.body = LayerChain(layers: body)
    }

    public var spec: LayerSpec { .residual(activation: activation, body: body.layers.map(\.spec)) }
    public var sublayers: [Layer] { body.layers + (projection?.layers ?? []) }
    public var parameters: [Parameter] { body.parameters + (projection?.parameters ?? []) }
    public var bodyLayers: [Layer] { body.layers }
    public var projectionLayers: [Layer] { projection?.layers ?? [] }

    public func build(inputShape: [Int], previous: String?, generator: inout SeededGenerator) throws -> [Int] {
        let from = previous ?? "the input"
        let shape = try body.build(inputShape: inputShape, previous: from, generator: &generator)
        projection = nil
        if shape != inputShape {
            projection = try makeProjection(from: inputShape, to: shape, previous: from)
            _ = try projection?.build(inputShape: inputShape, previous: from, generator: &generator)
        }
        outputShape = shape
        return shape
    }

    private func makeProjection(from input: [Int], to output: [Int], previous: String) throws -> LayerChain {
        let describe = { (shape: [Int]) in shape.map(String.init).joined(separator: "×") }
        if input.count == 3, output.count == 3 {
            // The 1×1 convolution's output is ceil(size / stride); find the stride that gives the body's size.
            let stride = (1...max(1, input[0])).first { (input[0] + $0 - 1) / $0 == output[0] && (input[1] + $0 - 1) / $0 == output[1] }
            guard let stride else {
                throw MLError.shapeMismatch(
                    "\(name): its block turns \(describe(input)) into \(describe(output)); no strided 1×1 convolution maps the shortcut to that size — give the block's convolutions padding: .same")
            }
            let conv = try Conv2D(output[2], kernel: 1, stride: stride)
            conv.name = "\(name)/shortcut_conv"
            let norm = try BatchNorm()
            norm.name = "\(name)/shortcut_bn"
            return LayerChain(layers: [conv, norm])
        }
        if input.count == 1, output.count == 1 {
            let dense = try Dense(output[0])
            dense.name = "\(name)/shortcut_dense"
            let norm = try BatchNorm()
            norm.name = "\(name)/shortcut_bn"
            return LayerChain(layers: [dense, norm])
        }
        throw MLError.shapeMismatch(
            "\(name): its block turns \(formatShape(input)) (from \(previous)) into \(formatShape(output)); a residual block must keep images as images (or vectors as vectors) so the shortcut can be added")
    }

    public func forward(_ input: Tensor, training: Bool) throws -> Tensor {
        let branch = try body.forward(input, training: training)
        let shortcut = try projection?.forward(input, training: training) ?? input
        guard branch.count == shortcut.count else {
            throw MLError.shapeMismatch("\(name): the block's output \(formatShape(branch.shape)) does not match the shortcut \(formatShape(shortcut.shape))")
        }
        var sum = uninitializedFloats(branch.count)
        let width = outputShape.last ?? 1
        branch.storage.withUnsafeBufferPointer { a in
            shortcut.storage.withUnsafeBufferPointer { b in
                sum.withUnsafeMutableBufferPointer { s in
                    guard let ap = a.baseAddress, let bp = b.baseAddress, let sp = s.baseAddress else { return }
                    let relu = activation == .relu
                    Parallel.forEachChunk(s.count, minimumPerChunk: 65_536) { range in
                        VectorLoops.add(ap, bp, into: sp, range, relu: relu)
                    }
                    if !relu { activation.apply(sp, rows: s.count / width, width: width) }
                }
            }
        }
        let result = Tensor(uncheckedShape: branch.shape, storage: sum)
        lastOutput = training ? result : nil
        return result
    }

    public func backward(_ outputGradient: Tensor, needsInputGradient: Bool) throws -> Tensor? {
        guard let output = lastOutput else { throw MLError.invalidState("\(name): backward without a training forward pass") }
        lastOutput = nil
        guard outputGradient.count == output.count else {
            throw MLError.shapeMismatch("\(name): gradient of shape \(formatShape(outputGradient.shape)) does not match the output")
        }
        let delta = activation.inputGradient(outputGradient, output: output, width: outputShape.last ?? 1)
        let throughBody = try body.backward(delta, needsInputGradient: needsInputGradient)
        let throughShortcut = try projection?.backward(delta, needsInputGradient: needsInputGradient) ?? delta
        guard needsInputGradient, let throughBody else { return nil }
        var inputGradient = uninitializedFloats(throughBody.count)
        throughBody.storage.withUnsafeBufferPointer { a in
            throughShortcut.storage.withUnsafeBufferPointer { b in
                inputGradient.withUnsafeMutableBufferPointer { s in
                    guard let ap = a.baseAddress, let bp = b.baseAddress, let sp = s.baseAddress else { return }
                    Parallel.forEachChunk(min(a.count, b.count, s.count), minimumPerChunk: 65_536) { range in
                        VectorLoops.add(ap, bp, into: sp, range, relu: false)
                    }
                }
            }
        }
        return Tensor(uncheckedShape: throughBody.shape, storage: inputGradient)
    }
}
