/// What the pooling layers share: the window geometry fixed when a layer is built, and the checks
/// that a batch, or its gradient, has the shape the layer was built for.
struct PoolingWindow {
    let geometry: ConvolutionGeometry
    let inputShape: [Int]
    /// The layer that feeds this one ("the input" for the first), for error messages.
    let previous: String

    var outputShape: [Int] { [geometry.outputHeight, geometry.outputWidth, geometry.channels] }
    var outputPerImage: Int { geometry.outputPixels * geometry.channels }

    init(inputShape: [Int], size: Int, layer: String, previous: String?) throws {
        let from = previous ?? "the input"
        guard inputShape.count == 3 else {
            throw MLError.shapeMismatch(
                "\(layer) expects images of shape [height, width, channels] but got \(formatShape(inputShape)) (from \(from))")
        }
        let geometry = ConvolutionGeometry(height: inputShape[0], width: inputShape[1], channels: inputShape[2],
                                           kernel: size, stride: size, padding: .valid)
        guard geometry.outputHeight > 0, geometry.outputWidth > 0 else {
            throw MLError.shapeMismatch(
                "\(layer): a \(size)×\(size) pool does not fit in a \(inputShape[0])×\(inputShape[1]) input (from \(from))")
        }
        self.geometry = geometry
        self.inputShape = inputShape
        self.previous = from
    }

    /// The window of a built layer, once `input` is known to have the shape it was built for.
    static func checked(_ window: PoolingWindow?, input: Tensor, layer: String) throws -> PoolingWindow {
        guard let window else { throw MLError.invalidState("\(layer) is used before it was built") }
        let got = Array(input.shape.dropFirst())
        guard got == window.inputShape else {
            throw MLError.shapeMismatch(
                "\(layer) expects images of shape \(formatShape(window.inputShape)) but got \(formatShape(got)) (from \(window.previous))")
        }
        return window
    }

    func checkGradient(_ outputGradient: Tensor, images: Int, layer: String) throws {
        guard outputGradient.count == images * outputPerImage else {
            throw MLError.shapeMismatch("\(layer): gradient of shape \(formatShape(outputGradient.shape)) does not match the output")
        }
    }
}
