/// Max pooling over size×size windows with stride = size (Keras's default), valid padding.
public final class MaxPool2D: Layer {
    public let size: Int
    public var name = "max_pooling2d"
    public var kind: String { "max_pooling2d" }
    public private(set) var outputShape: [Int] = []
    public var parameters: [Parameter] { [] }

    private var geometry: ConvolutionGeometry?
    private var inputShape: [Int] = []
    private var previousName = "the input"
    /// Training keeps the input and output (shared storage, no copies): backward routes each
    /// window's gradient to the first position holding the window's maximum, the same position a
    /// strict "greater than" scan in the forward pass would have chosen.
    private var lastInput: Tensor?
    private var lastOutput: Tensor?

    public init(_ size: Int = 2) throws {
        guard size > 0 else { throw MLError.invalidArgument("MaxPool2D needs a positive pool size, got \(size)") }
        self.size = size
    }

    public var spec: LayerSpec { .maxPool2D(size: size) }

    public func build(inputShape: [Int], previous: String?, generator: inout SeededGenerator) throws -> [Int] {
        let geometry = try PoolingShape.geometry(inputShape: inputShape, size: size, layer: name, previous: previous)
        self.geometry = geometry
        self.inputShape = inputShape
        previousName = previous ?? "the input"
        outputShape = [geometry.outputHeight, geometry.outputWidth, geometry.channels]
        return outputShape
    }

    public func forward(_ input: Tensor, training: Bool) throws -> Tensor {
        guard let geometry else { throw MLError.invalidState("\(name) is used before it was built") }
        try PoolingShape.check(input, expected: inputShape, layer: name, previous: previousName)
        let images = input.batchCount
        let channels = geometry.channels
        let outputPerImage = geometry.outputPixels * channels
        var output = uninitializedFloats(images * outputPerImage)
        let size = self.size
        input.storage.withUnsafeBufferPointer { x in
            output.withUnsafeMutableBufferPointer { out in
                guard let xp = x.baseAddress, let op = out.baseAddress else { return }
                geometry.runPerImage(images) { image in
                    let source = xp + image * geometry.inputImageSize
                    var target = op + image * outputPerImage
                    for oy in 0..<geometry.outputHeight {
                        for ox in 0..<geometry.outputWidth {
                            target.update(from: source + ((oy * size) * geometry.width + ox * size) * channels, count: channels)
                            for ky in 0..<size {
                                for kx in 0..<size where ky != 0 || kx != 0 {
                                    let candidate = source + (((oy * size + ky) * geometry.width) + ox * size + kx) * channels
                                    for c in 0..<channels {
                                        target[c] = candidate[c] > target[c] ? candidate[c] : target[c]
                                    }
                                }
                            }
                            target += channels
                        }
                    }
                }
            }
        }
        let result = Tensor(uncheckedShape: [images] + outputShape, storage: output)
        lastInput = training ? input : nil
        lastOutput = training ? result : nil
        return result
    }

    public func backward(_ outputGradient: Tensor, needsInputGradient: Bool) throws -> Tensor? {
        guard let geometry, let input = lastInput, let output = lastOutput else {
            throw MLError.invalidState("\(name): backward without a training forward pass")
        }
        lastInput = nil
        lastOutput = nil
        guard needsInputGradient else { return nil }
        let images = input.batchCount
        let channels = geometry.channels
        let outputPerImage = geometry.outputPixels * channels
        guard outputGradient.count == images * outputPerImage else {
            throw MLError.shapeMismatch("\(name): gradient of shape \(formatShape(outputGradient.shape)) does not match the output")
        }
        let size = self.size
        // Rows and columns beyond the last whole window get no gradient: zero those images first.
        let covered = geometry.outputHeight * size == geometry.height && geometry.outputWidth * size == geometry.width
        var inputGradient = uninitializedFloats(images * geometry.inputImageSize)
        outputGradient.storage.withUnsafeBufferPointer { g in
            input.storage.withUnsafeBufferPointer { x in
                output.storage.withUnsafeBufferPointer { y in
                    inputGradient.withUnsafeMutableBufferPointer { dx in
                        guard let gp = g.baseAddress, let xp = x.baseAddress, let yp = y.baseAddress,
                              let dp = dx.baseAddress else { return }
                        geometry.runPerImage(images) { image in
                            let source = xp + image * geometry.inputImageSize
                            let target = dp + image * geometry.inputImageSize
                            if !covered { target.update(repeating: 0, count: geometry.inputImageSize) }
                            withUnsafeTemporaryAllocation(of: Float.self, capacity: channels) { open in
                                guard let unassigned = open.baseAddress else { return }
                                var maximum = yp + image * outputPerImage
                                var gradient = gp + image * outputPerImage
                                for oy in 0..<geometry.outputHeight {
                                    for ox in 0..<geometry.outputWidth {
                                        unassigned.update(repeating: 1, count: channels)
                                        for ky in 0..<size {
                                            for kx in 0..<size {
                                                let offset = (((oy * size + ky) * geometry.width) + ox * size + kx) * channels
                                                let candidate = source + offset
                                                let destination = target + offset
                                                for c in 0..<channels {
                                                    let wins = candidate[c] == maximum[c] && unassigned[c] != 0
                                                    destination[c] = wins ? gradient[c] : 0
                                                    unassigned[c] = wins ? 0 : unassigned[c]
                                                }
                                            }
                                        }
                                        maximum += channels
                                        gradient += channels
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return Tensor(uncheckedShape: [images] + inputShape, storage: inputGradient)
    }
}
