/// 2-D convolution over NHWC images by im2col + sgemm in cache-sized chunks of images (see
/// ConvolutionChunks), with bias and activation fused into the chunk. Kernel layout [k, k, C,
/// filters], like Keras.
public final class Conv2D: Layer {
    public let filters: Int
    public let kernelSize: Int
    public let stride: Int
    public let padding: Padding
    public let activation: Activation
    /// Without a bias (before a BatchNorm, whose beta does the same job) the layer has the kernel only.
    public let useBias: Bool
    public var name = "conv2d"
    public var kind: String { "conv2d" }
    public private(set) var outputShape: [Int] = []
    public private(set) var parameters: [Parameter] = []
    var softmaxFusedWithLoss = false

    private var geometry: ConvolutionGeometry?
    private var inputShape: [Int] = []
    private var previousName = "the input"
    private var lastInput: Tensor?
    private var lastOutput: Tensor?

    public init(_ filters: Int, kernel: Int, stride: Int = 1, padding: Padding = .valid,
                activation: Activation = .linear, useBias: Bool = true) throws {
        guard filters > 0 else { throw MLError.invalidArgument("Conv2D needs a positive number of filters, got \(filters)") }
        guard kernel > 0 else { throw MLError.invalidArgument("Conv2D needs a positive kernel size, got \(kernel)") }
        guard stride > 0 else { throw MLError.invalidArgument("Conv2D needs a positive stride, got \(stride)") }
        self.filters = filters
        self.kernelSize = kernel
        self.stride = stride
        self.padding = padding
        self.activation = activation
        self.useBias = useBias
    }

    public var spec: LayerSpec {
        .conv2D(filters: filters, kernel: kernelSize, stride: stride, padding: padding, activation: activation,
                useBias: useBias ? nil : false)
    }

    /// The bias values the convolution adds: the parameter's, or zeros without a bias.
    private var biasValues: [Float] {
        useBias && parameters.count == 2 ? parameters[1].value : [Float](repeating: 0, count: filters)
    }

    private var expectedParameterCount: Int { useBias ? 2 : 1 }

    /// Whether 3×3 stride-1 layers may take the Winograd path (on unless FOLIO_WINOGRAD=0); for
    /// benchmarks that time both paths.
    public static var allowsWinograd: Bool {
        get { WinogradConvolution.enabled }
        set { WinogradConvolution.enabled = newValue }
    }

    /// 2 or 4 forces Winograd F(2×2, 3×3) or F(4×4, 3×3) on the layers that take the Winograd path;
    /// nil (the default) lets each layer use the one measured faster for its size. For benchmarks.
    public static var winogradTile: Int? {
        get { WinogradConvolution.forcedTile }
        set { WinogradConvolution.forcedTile = newValue.flatMap { $0 == 2 || $0 == 4 ? $0 : nil } }
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
        parameters = [Parameter(name: "\(name)/kernel", shape: [kernelSize, kernelSize, inputShape[2], filters], value: kernel)]
        if useBias {
            parameters.append(Parameter(name: "\(name)/bias", shape: [filters], value: [Float](repeating: 0, count: filters)))
        }
        outputShape = [geometry.outputHeight, geometry.outputWidth, filters]
        return outputShape
    }

    public func forward(_ input: Tensor, training: Bool) throws -> Tensor {
        guard let geometry, parameters.count == expectedParameterCount else {
            throw MLError.invalidState("\(name) is used before it was built")
        }
        guard Array(input.shape.dropFirst()) == inputShape else {
            throw MLError.shapeMismatch(
                "\(name) expects images of shape \(formatShape(inputShape)) but got \(formatShape(Array(input.shape.dropFirst()))) (from \(previousName))")
        }
        let images = input.batchCount
        let rows = images * geometry.outputPixels
        try checkAllocation(rows * filters, what: "the output of the batch", layer: name)
        var output = uninitializedFloats(rows * filters)
        let chunks = ConvolutionChunks(geometry: geometry, filters: filters, activation: activation,
                                       fusedWithLoss: softmaxFusedWithLoss)
        let bias = biasValues
        input.storage.withUnsafeBufferPointer { x in
            parameters[0].value.withUnsafeBufferPointer { w in
                bias.withUnsafeBufferPointer { b in
                    output.withUnsafeMutableBufferPointer { out in
                        guard let xp = x.baseAddress, let wp = w.baseAddress, let bp = b.baseAddress,
                              let op = out.baseAddress else { return }
                        chunks.forward(input: xp, images: images, kernel: wp, bias: bp, output: op)
                    }
                }
            }
        }
        let result = Tensor(uncheckedShape: [images] + outputShape, storage: output)
        // Keeping the input (shared storage, no copy) lets backward unfold it again chunk by chunk.
        lastInput = training ? input : nil
        lastOutput = training ? result : nil
        return result
    }

    public func backward(_ outputGradient: Tensor, needsInputGradient: Bool) throws -> Tensor? {
        guard let geometry, let input = lastInput, let output = lastOutput, parameters.count == expectedParameterCount else {
            throw MLError.invalidState("\(name): backward without a training forward pass")
        }
        let images = input.batchCount
        guard outputGradient.count == images * geometry.outputPixels * filters else {
            throw MLError.shapeMismatch("\(name): gradient of shape \(formatShape(outputGradient.shape)) does not match the output")
        }
        if images == 0 {
            // Nothing to unfold; an empty batch contributes no gradient.
            for parameter in parameters { parameter.gradient = [Float](repeating: 0, count: parameter.count) }
        }
        let chunks = ConvolutionChunks(geometry: geometry, filters: filters, activation: activation,
                                       fusedWithLoss: softmaxFusedWithLoss)
        var inputGradient = needsInputGradient ? uninitializedFloats(images * geometry.inputImageSize) : []
        let kernelParameter = parameters[0]
        // Without a bias its gradient is computed anyway (it is a by-product) into a scratch array.
        var biasGradient = useBias ? parameters[1].gradient : [Float](repeating: 0, count: filters)
        input.storage.withUnsafeBufferPointer { x in
            output.storage.withUnsafeBufferPointer { o in
                outputGradient.storage.withUnsafeBufferPointer { d in
                    kernelParameter.value.withUnsafeBufferPointer { w in
                        kernelParameter.gradient.withUnsafeMutableBufferPointer { kg in
                            biasGradient.withUnsafeMutableBufferPointer { bg in
                                inputGradient.withUnsafeMutableBufferPointer { ig in
                                    guard let xp = x.baseAddress, let op = o.baseAddress, let dp = d.baseAddress,
                                          let wp = w.baseAddress, let kgp = kg.baseAddress, let bgp = bg.baseAddress
                                    else { return }
                                    // An empty array may still have a base address: never write there.
                                    let target = needsInputGradient ? ig.baseAddress : nil
                                    chunks.backward(input: xp, images: images, output: op, gradient: dp, kernel: wp,
                                                    kernelGradient: kgp, biasGradient: bgp, inputGradient: target)
                                }
                            }
                        }
                    }
                }
            }
        }
        if useBias { parameters[1].gradient = biasGradient }
        lastInput = nil
        lastOutput = nil
        guard needsInputGradient else { return nil }
        return Tensor(uncheckedShape: [images] + inputShape, storage: inputGradient)
    }
}
