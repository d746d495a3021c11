/// Flattens each sample to a vector; the storage is already contiguous, so only the shape changes.
public final class Flatten: Layer {
    public var name = "flatten"
    public var kind: String { "flatten" }
    public private(set) var outputShape: [Int] = []
    public var parameters: [Parameter] { [] }
    private var inputShape: [Int] = []

    public init() {}

    public var spec: LayerSpec { .flatten }

    public func build(inputShape: [Int], previous: String?, generator: inout SeededGenerator) throws -> [Int] {
        self.inputShape = inputShape
        outputShape = [try checkedProduct(inputShape, layer: name)]
        return outputShape
    }

    public func forward(_ input: Tensor, training: Bool) throws -> Tensor {
        guard let width = outputShape.first else { throw MLError.invalidState("\(name) is used before it was built") }
        guard input.sampleSize == width else {
            throw MLError.shapeMismatch(
                "\(name) expects samples of shape \(formatShape(inputShape)) but got \(formatShape(Array(input.shape.dropFirst())))")
        }
        return Tensor(uncheckedShape: [input.batchCount, width], storage: input.storage)
    }

    public func backward(_ outputGradient: Tensor, needsInputGradient: Bool) throws -> Tensor? {
        guard needsInputGradient else { return nil }
        return Tensor(uncheckedShape: [outputGradient.batchCount] + inputShape, storage: outputGradient.storage)
    }
}
