/// The mean of each channel over the whole image: [height, width, channels] → [channels].
public final class GlobalAvgPool2D: Layer {
    public var name = "global_average_pooling2d"
    public var kind: String { "global_average_pooling2d" }
    public private(set) var outputShape: [Int] = []
    public var parameters: [Parameter] { [] }
    private var inputShape: [Int] = []
    private var lastBatch = 0

    public init() {}

    public var spec: LayerSpec { .globalAvgPool2D }

    public func build(inputShape: [Int], previous: String?, generator: inout SeededGenerator) throws -> [Int] {
        guard inputShape.count == 3, inputShape.allSatisfy({ $0 > 0 }) else {
            throw MLError.shapeMismatch(
                "\(name) expects images of shape [height, width, channels] but got \(formatShape(inputShape)) (from \(previous ?? "the input"))")
        }
        self.inputShape = inputShape
        outputShape = [inputShape[2]]
        return outputShape
    }

    public func forward(_ input: Tensor, training: Bool) throws -> Tensor {
        guard inputShape.count == 3 else { throw MLError.invalidState("\(name) is used before it was built") }
        guard Array(input.shape.dropFirst()) == inputShape else {
            throw MLError.shapeMismatch("\(name) expects images of shape \(formatShape(inputShape)) but got \(formatShape(Array(input.shape.dropFirst())))")
        }
        let (pixels, channels, images) = (inputShape[0] * inputShape[1], inputShape[2], input.batchCount)
        var output = [Float](repeating: 0, count: images * channels)
        let scale = 1 / Float(pixels)
        input.storage.withUnsafeBufferPointer { x in
            output.withUnsafeMutableBufferPointer { out in
                guard let xp = x.baseAddress, let op = out.baseAddress else { return }
                Parallel.forEachChunk(images, minimumPerChunk: max(1, 32_768 / (pixels * channels))) { range in
                    for image in range {
                        let sums = op + image * channels
                        VectorLoops.accumulateRows(xp + image * pixels * channels, rows: pixels, width: channels, into: sums)
                        for c in 0..<channels { sums[c] *= scale }
                    }
                }
            }
        }
        lastBatch = training ? images : 0
        return Tensor(uncheckedShape: [images, channels], storage: output)
    }

    public func backward(_ outputGradient: Tensor, needsInputGradient: Bool) throws -> Tensor? {
        guard needsInputGradient else { return nil }
        let (pixels, channels, images) = (inputShape[0] * inputShape[1], inputShape[2], lastBatch)
        guard outputGradient.count == images * channels else {
            throw MLError.shapeMismatch("\(name): gradient of shape \(formatShape(outputGradient.shape)) does not match the output")
        }
        var inputGradient = uninitializedFloats(images * pixels * channels)
        let scale = 1 / Float(pixels)
        outputGradient.storage.withUnsafeBufferPointer { g in
            inputGradient.withUnsafeMutableBufferPointer { dx in
                guard let gp = g.baseAddress, let dp = dx.baseAddress else { return }
                Parallel.forEachChunk(images, minimumPerChunk: max(1, 32_768 / (pixels * channels))) { range in
                    for image in range {
                        let share = (0..<channels).map { gp[image * channels + $0] * scale }
                        share.withUnsafeBufferPointer { row in
                            guard let rp = row.baseAddress else { return }
                            VectorLoops.fillRows(dp + image * pixels * channels, rows: pixels, width: channels, with: rp)
                        }
                    }
                }
            }
        }
        return Tensor(uncheckedShape: [images] + inputShape, storage: inputGradient)
    }
}
