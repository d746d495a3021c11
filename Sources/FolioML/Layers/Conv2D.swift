/// 2-D convolution over NHWC images by im2col + one sgemm per batch, with bias and activation
/// fused into a single pass over the output. Kernel layout [k, k, C, filters], like Keras.
public final class Conv2D: Layer {
    public let filters: Int
    public let kernelSize: Int
    public let stride: Int
    public let padding: Padding
    public let activation: Activation
    public var name = "conv2d"
    public var kind: String { "conv2d" }
    public private(set) var outputShape: [Int] = []
    public private(set) var parameters: [Parameter] = []
    var softmaxFusedWithLoss = false

    private var geometry: ConvolutionGeometry?
    private var inputShape: [Int] = []
    private var previousName = "the input"
    private var lastColumns: [Float] = []
    private var lastOutput: Tensor?
    private var lastBatch = 0

    public init(_ filters: Int, kernel: Int, stride: Int = 1, padding: Padding = .valid,
                activation: Activation = .linear) throws {
        guard filters > 0 else { throw MLError.invalidArgument("Conv2D needs a positive number of filters, got \(filters)") }
        guard kernel > 0 else { throw MLError.invalidArgument("Conv2D needs a positive kernel size, got \(kernel)") }
        guard stride > 0 else { throw MLError.invalidArgument("Conv2D needs a positive stride, got \(stride)") }
        self.filters = filters
        self.kernelSize = kernel
        self.stride = stride
        self.padding = padding
        self.activation = activation
    }

    public var spec: LayerSpec {
        .conv2D(filters: filters, kernel: kernelSize, stride: stride, padding: padding, activation: activation)
    }

    public func build(inputShape: [Int], previous: String?, generator: inout SeededGenerator) throws -> [Int] {
        previousName = previous ?? "the input"
        guard inputShape.count == 3 else {
            throw MLError.shapeMismatch(
                "\(name) expects images of shape [height, width, channels] but got \(formatShape(inputShape)) (from \(previousName))")
        }
        let geometry = ConvolutionGeometry(height: inputShape[0], width: inputShape[1], channels: inputShape[2],
                                           kernel: kernelSize, stride: stride, padding: padding)
        guard geometry.outputHeight > 0, geometry.outputWidth > 0 else {
            throw MLError.shapeMismatch(
                "\(name): a \(kernelSize)×\(kernelSize) kernel does not fit in a \(inputShape[0])×\(inputShape[1]) input (from \(previousName)); use padding: .same or a smaller kernel")
        }
        let patch = try checkedProduct([kernelSize, kernelSize, inputShape[2]], layer: name)
        let weightCount = try checkedProduct([patch, filters], layer: name)
        try checkAllocation(weightCount, what: "the kernel", layer: name)
        try checkAllocation(try checkedProduct([geometry.outputPixels, patch], layer: name),
                            what: "one image's unfolded patches", layer: name)
        self.geometry = geometry
        self.inputShape = inputShape
        let kernel = Initializer.weights(count: weightCount, fanIn: patch, fanOut: kernelSize * kernelSize * filters,
                                         activation: activation, generator: &generator)
        parameters = [
            Parameter(name: "\(name)/kernel", shape: [kernelSize, kernelSize, inputShape[2], filters], value: kernel),
            Parameter(name: "\(name)/bias", shape: [filters], value: [Float](repeating: 0, count: filters)),
        ]
        outputShape = [geometry.outputHeight, geometry.outputWidth, filters]
        return outputShape
    }

    public func forward(_ input: Tensor, training: Bool) throws -> Tensor {
        guard let geometry, parameters.count == 2 else { throw MLError.invalidState("\(name) is used before it was built") }
        guard Array(input.shape.dropFirst()) == inputShape else {
            throw MLError.shapeMismatch(
                "\(name) expects images of shape \(formatShape(inputShape)) but got \(formatShape(Array(input.shape.dropFirst()))) (from \(previousName))")
        }
        let images = input.batchCount
        let rows = images * geometry.outputPixels
        let patch = geometry.patchSize
        try checkAllocation(rows * patch, what: "the unfolded batch", layer: name)
        var columns = uninitializedFloats(rows * patch)
        var output = uninitializedFloats(rows * filters)
        let kernel = parameters[0].value
        let bias = parameters[1].value
        let (filters, activation) = (self.filters, self.activation)
        input.storage.withUnsafeBufferPointer { x in
            columns.withUnsafeMutableBufferPointer { c in
                guard let xp = x.baseAddress, let cp = c.baseAddress else { return }
                geometry.im2col(xp, images: images, into: cp)
            }
        }
        output.withUnsafeMutableBufferPointer { out in
            guard let o = out.baseAddress else { return }
            bias.withUnsafeBufferPointer { b in
                guard let bp = b.baseAddress else { return }
                for row in 0..<rows { (o + row * filters).update(from: bp, count: filters) }
            }
            columns.withUnsafeBufferPointer { c in
                kernel.withUnsafeBufferPointer { w in
                    guard let cp = c.baseAddress, let wp = w.baseAddress else { return }
                    BLAS.gemm(transposeA: false, transposeB: false, m: rows, n: filters, k: patch,
                              a: cp, b: wp, beta: 1, c: o)
                }
            }
            activation.apply(o, rows: rows, width: filters)
        }
        let result = Tensor(uncheckedShape: [images] + outputShape, storage: output)
        if training {
            lastColumns = columns
            lastOutput = result
            lastBatch = images
        } else {
            lastColumns = []
            lastOutput = nil
        }
        return result
    }

    public func backward(_ outputGradient: Tensor, needsInputGradient: Bool) throws -> Tensor? {
        guard let geometry, let output = lastOutput, parameters.count == 2 else {
            throw MLError.invalidState("\(name): backward without a training forward pass")
        }
        let images = lastBatch
        let rows = images * geometry.outputPixels
        let patch = geometry.patchSize
        guard outputGradient.count == rows * filters else {
            throw MLError.shapeMismatch("\(name): gradient of shape \(formatShape(outputGradient.shape)) does not match the output")
        }
        let (filters, activation, fused) = (self.filters, self.activation, softmaxFusedWithLoss)
        var delta = outputGradient.storage
        delta.withUnsafeMutableBufferPointer { d in
            output.storage.withUnsafeBufferPointer { o in
                guard let dp = d.baseAddress, let op = o.baseAddress else { return }
                activation.backward(gradient: dp, output: op, rows: rows, width: filters, fusedWithLoss: fused)
            }
        }
        let kernelParameter = parameters[0]
        let biasParameter = parameters[1]
        delta.withUnsafeBufferPointer { d in
            guard let dp = d.baseAddress else { return }
            lastColumns.withUnsafeBufferPointer { c in
                kernelParameter.gradient.withUnsafeMutableBufferPointer { g in
                    guard let cp = c.baseAddress, let gp = g.baseAddress else { return }
                    BLAS.gemm(transposeA: true, transposeB: false, m: patch, n: filters, k: rows,
                              a: cp, b: dp, beta: 0, c: gp)
                }
            }
            biasParameter.gradient.withUnsafeMutableBufferPointer { g in
                guard let gp = g.baseAddress else { return }
                ColumnSums.compute(dp, rows: rows, width: filters, into: gp)
            }
        }
        lastOutput = nil
        guard needsInputGradient else {
            lastColumns = []
            return nil
        }
        // Reuse the columns buffer for the column gradient: same size, no new allocation.
        var columnGradient = lastColumns
        lastColumns = []
        delta.withUnsafeBufferPointer { d in
            kernelParameter.value.withUnsafeBufferPointer { w in
                columnGradient.withUnsafeMutableBufferPointer { c in
                    guard let dp = d.baseAddress, let wp = w.baseAddress, let cp = c.baseAddress else { return }
                    BLAS.gemm(transposeA: false, transposeB: true, m: rows, n: patch, k: filters,
                              a: dp, b: wp, beta: 0, c: cp)
                }
            }
        }
        var inputGradient = uninitializedFloats(images * geometry.inputImageSize)
        columnGradient.withUnsafeBufferPointer { c in
            inputGradient.withUnsafeMutableBufferPointer { g in
                guard let cp = c.baseAddress, let gp = g.baseAddress else { return }
                geometry.col2im(cp, images: images, into: gp)
            }
        }
        return Tensor(uncheckedShape: [images] + inputShape, storage: inputGradient)
    }
}
