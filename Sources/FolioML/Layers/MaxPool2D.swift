/// Max pooling over size×size windows with stride = size (Keras's default), valid padding.
/// Remembers the winning position of each window for the backward pass.
public final class MaxPool2D: Layer {
    public let size: Int
    public var name = "max_pooling2d"
    public var kind: String { "max_pooling2d" }
    public private(set) var outputShape: [Int] = []
    public var parameters: [Parameter] { [] }

    private var geometry: ConvolutionGeometry?
    private var inputShape: [Int] = []
    private var previousName = "the input"
    private var winners: [Int32] = []
    private var lastBatch = 0

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
        var positions = training ? [Int32](repeating: 0, count: images * outputPerImage) : []
        let size = self.size
        input.storage.withUnsafeBufferPointer { x in
            output.withUnsafeMutableBufferPointer { out in
                positions.withUnsafeMutableBufferPointer { pos in
                    guard let xp = x.baseAddress, let op = out.baseAddress else { return }
                    // An empty array may still have a base address (the shared empty storage): never write there.
                    let record = training ? pos.baseAddress : nil
                    geometry.runPerImage(images) { image in
                        let source = xp + image * geometry.inputImageSize
                        for oy in 0..<geometry.outputHeight {
                            for ox in 0..<geometry.outputWidth {
                                let outBase = image * outputPerImage + (oy * geometry.outputWidth + ox) * channels
                                let target = op + outBase
                                let first = ((oy * size) * geometry.width + ox * size) * channels
                                target.update(from: source + first, count: channels)
                                if let record {
                                    let winner = record + outBase
                                    for c in 0..<channels { winner[c] = Int32(first + c) }
                                    for ky in 0..<size {
                                        for kx in 0..<size where ky != 0 || kx != 0 {
                                            let offset = (((oy * size + ky) * geometry.width) + ox * size + kx) * channels
                                            let candidate = source + offset
                                            for c in 0..<channels where candidate[c] > target[c] {
                                                target[c] = candidate[c]
                                                winner[c] = Int32(offset + c)
                                            }
                                        }
                                    }
                                } else {
                                    for ky in 0..<size {
                                        for kx in 0..<size where ky != 0 || kx != 0 {
                                            let candidate = source + (((oy * size + ky) * geometry.width) + ox * size + kx) * channels
                                            for c in 0..<channels { target[c] = max(target[c], candidate[c]) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        winners = positions
        lastBatch = training ? images : 0
        return Tensor(uncheckedShape: [images] + outputShape, storage: output)
    }

    public func backward(_ outputGradient: Tensor, needsInputGradient: Bool) throws -> Tensor? {
        guard let geometry, !winners.isEmpty else {
            throw MLError.invalidState("\(name): backward without a training forward pass")
        }
        guard needsInputGradient else { return nil }
        let images = lastBatch
        let outputPerImage = geometry.outputPixels * geometry.channels
        guard outputGradient.count == images * outputPerImage else {
            throw MLError.shapeMismatch("\(name): gradient of shape \(formatShape(outputGradient.shape)) does not match the output")
        }
        var inputGradient = [Float](repeating: 0, count: images * geometry.inputImageSize)
        outputGradient.storage.withUnsafeBufferPointer { g in
            winners.withUnsafeBufferPointer { w in
                inputGradient.withUnsafeMutableBufferPointer { dx in
                    guard let gp = g.baseAddress, let wp = w.baseAddress, let dp = dx.baseAddress else { return }
                    geometry.runPerImage(images) { image in
                        let target = dp + image * geometry.inputImageSize
                        let base = image * outputPerImage
                        for index in 0..<outputPerImage {
                            target[Int(wp[base + index])] += gp[base + index]
                        }
                    }
                }
            }
        }
        winners = []
        return Tensor(uncheckedShape: [images] + inputShape, storage: inputGradient)
    }
}
