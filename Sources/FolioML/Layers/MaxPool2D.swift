/// Max pooling over size×size windows with stride = size (Keras's default), valid padding.
public final class MaxPool2D: Layer {
    public let size: Int
    public var name = "max_pooling2d"
    public var kind: String { "max_pooling2d" }
    public private(set) var outputShape: [Int] = []
    public var parameters: [Parameter] { [] }

    private var window: PoolingWindow?
    /// For each output value of the last training batch, the index (ky·size + kx) of the window
    /// position that won: the first position holding the maximum, as a strict "greater than" scan
    /// finds it. Window-relative indices keep the forward and backward loops branch-free.
    private var winners: [Int32] = []
    private var lastBatch = 0

    public init(_ size: Int = 2) throws {
        guard size > 0 else { throw MLError.invalidArgument("MaxPool2D needs a positive pool size, got \(size)") }
        self.size = size
    }

    public var spec: LayerSpec { .maxPool2D(size: size) }

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
        var output = uninitializedFloats(images * outputPerImage)
        let size = self.size
        var positions = training ? uninitializedInt32s(images * outputPerImage) : []
        input.storage.withUnsafeBufferPointer { x in
            output.withUnsafeMutableBufferPointer { out in
                positions.withUnsafeMutableBufferPointer { pos in
                    guard let xp = x.baseAddress, let op = out.baseAddress else { return }
                    // An empty array may still have a base address (the shared empty storage): never write there.
                    let record = training ? pos.baseAddress : nil
                    geometry.runPerImage(images) { image in
                        let source = xp + image * geometry.inputImageSize
                        var target = op + image * outputPerImage
                        var winner = record.map { $0 + image * outputPerImage }
                        for oy in 0..<geometry.outputHeight {
                            for ox in 0..<geometry.outputWidth {
                                let corner = source + ((oy * size) * geometry.width + ox * size) * channels
                                target.update(from: corner, count: channels)
                                winner?.update(repeating: 0, count: channels)
                                for ky in 0..<size {
                                    for kx in 0..<size where ky != 0 || kx != 0 {
                                        PoolingLanes.keepGreater(corner + (ky * geometry.width + kx) * channels, into: target,
                                                                 best: winner, index: Int32(ky * size + kx), count: channels)
                                    }
                                }
                                winner = winner.map { $0 + channels }
                                target += channels
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
        guard let window, !winners.isEmpty else {
            throw MLError.invalidState("\(name): backward without a training forward pass")
        }
        defer { winners = [] }
        guard needsInputGradient else { return nil }
        let images = lastBatch
        try window.checkGradient(outputGradient, images: images, layer: name)
        let geometry = window.geometry
        let channels = geometry.channels
        let outputPerImage = window.outputPerImage
        let size = self.size
        // Rows and columns beyond the last whole window get no gradient: zero those images first.
        let covered = geometry.outputHeight * size == geometry.height && geometry.outputWidth * size == geometry.width
        var inputGradient = uninitializedFloats(images * geometry.inputImageSize)
        outputGradient.storage.withUnsafeBufferPointer { g in
            winners.withUnsafeBufferPointer { w in
                inputGradient.withUnsafeMutableBufferPointer { dx in
                    guard let gp = g.baseAddress, let wp = w.baseAddress, let dp = dx.baseAddress else { return }
                    geometry.runPerImage(images) { image in
                        let target = dp + image * geometry.inputImageSize
                        if !covered { target.update(repeating: 0, count: geometry.inputImageSize) }
                        var gradient = gp + image * outputPerImage
                        var winner = wp + image * outputPerImage
                        for oy in 0..<geometry.outputHeight {
                            for ox in 0..<geometry.outputWidth {
                                let corner = target + ((oy * size) * geometry.width + ox * size) * channels
                                for ky in 0..<size {
                                    for kx in 0..<size {
                                        PoolingLanes.route(gradient, winners: winner, index: Int32(ky * size + kx),
                                                           into: corner + (ky * geometry.width + kx) * channels, count: channels)
                                    }
                                }
                                gradient += channels
                                winner += channels
                            }
                        }
                    }
                }
            }
        }
        return Tensor(uncheckedShape: [images] + window.inputShape, storage: inputGradient)
    }
}
