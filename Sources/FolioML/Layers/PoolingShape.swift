/// Shape checks shared by the pooling layers.
enum PoolingShape {
    static func geometry(inputShape: [Int], size: Int, layer: String, previous: String?) throws -> ConvolutionGeometry {
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
        return geometry
    }

    static func check(_ input: Tensor, expected: [Int], layer: String, previous: String) throws {
        let got = Array(input.shape.dropFirst())
        guard got == expected else {
            throw MLError.shapeMismatch(
                "\(layer) expects images of shape \(formatShape(expected)) but got \(formatShape(got)) (from \(previous))")
        }
    }
}
