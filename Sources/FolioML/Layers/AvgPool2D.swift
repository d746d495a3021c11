/// Average pooling over size×size windows with stride = size, valid padding.
public final class AvgPool2D: Layer {
    public let size: Int
    public var name = "average_pooling2d"
    public var kind: String { "average_pooling2d" }
    public private(set) var outputShape: [Int] = []
    public var parameters: [Parameter] { [] }

    private var window: PoolingWindow?
    private var lastBatch = 0

    public init(_ size: Int = 2) throws {
        guard size > 0 else { throw MLError.invalidArgument("AvgPool2D needs a positive pool size, got \(size)") }
        self.size = size
    }

    public var spec: LayerSpec { .avgPool2D(size: size) }

    public func build(inputShape: [Int], previous: String?, generator: inout SeededGenerator) throws -> [Int] {
        let window = try PoolingWindow(inputShape: inputShape, size: size, layer: name, previous: previous)
        self.window = window
        outputShape = window.outputShape
        return outputShape
    }

    public func forward(_ input: Tensor, training: Bool) throws -> Tensor {
        let window = try PoolingWindow.checked(window, input: input, layer: name)
        let geometry = window.geometry
        let images = input.batchCount
        let channels = geometry.channels
        let outputPerImage = window.outputPerImage
        var output = [Float](repeating: 0, count: images * outputPerImage)
        let size = self.size
        let scale = 1 / Float(size * size)
        input.storage.withUnsafeBufferPointer { x in
            output.withUnsafeMutableBufferPointer { out in
                guard let xp = x.baseAddress, let op = out.baseAddress else { return }
                geometry.runPerImage(images) { image in
                    let source = xp + image * geometry.inputImageSize
                    for oy in 0..<geometry.outputHeight {
                        for ox in 0..<geometry.outputWidth {
                            let target = op + image * outputPerImage + (oy * geometry.outputWidth + ox) * channels
                            for ky in 0..<size {
                                for kx in 0..<size {
                                    let from = source + (((oy * size + ky) * geometry.width) + ox * size + kx) * channels
                                    for c in 0..<channels { target[c] += from[c] }
                                }
                            }
                            for c in 0..<channels { target[c] *= scale }
                        }
                    }
                }
            }
        }
        lastBatch = training ? images : 0
        return Tensor(uncheckedShape: [images] + outputShape, storage: output)
    }

    public func backward(_ outputGradient: Tensor, needsInputGradient: Bool) throws -> Tensor? {
        guard let window else { throw MLError.invalidState("\(name) is used before it was built") }
        guard needsInputGradient else { return nil }
        let images = lastBatch
        try window.checkGradient(outputGradient, images: images, layer: name)
        let geometry = window.geometry
        let channels = geometry.channels
        let outputPerImage = window.outputPerImage
        let size = self.size
        let scale = 1 / Float(size * size)
        var inputGradient = [Float](repeating: 0, count: images * geometry.inputImageSize)
        outputGradient.storage.withUnsafeBufferPointer { g in
            inputGradient.withUnsafeMutableBufferPointer { dx in
                guard let gp = g.baseAddress, let dp = dx.baseAddress else { return }
                geometry.runPerImage(images) { image in
                    let target = dp + image * geometry.inputImageSize
                    for oy in 0..<geometry.outputHeight {
                        for ox in 0..<geometry.outputWidth {
                            let source = gp + image * outputPerImage + (oy * geometry.outputWidth + ox) * channels
                            for ky in 0..<size {
                                for kx in 0..<size {
                                    let to = target + (((oy * size + ky) * geometry.width) + ox * size + kx) * channels
                                    for c in 0..<channels { to[c] += source[c] * scale }
                                }
                            }
                        }
                    }
                }
            }
        }
        return Tensor(uncheckedShape: [images] + window.inputShape, storage: inputGradient)
    }
}
