/// One stage of a Sequential model. A layer is built once for a per-sample input shape, then runs
/// forward on batches ([N] + inputShape) and backward from the gradient of its output.
public protocol Layer: AnyObject {
    /// Keras-style kind name, e.g. "dense", "conv2d"; the model appends "_1", "_2" for repeats.
    var kind: String { get }
    /// The unique name given by the model ("dense_1").
    var name: String { get set }
    var spec: LayerSpec { get }
    /// Per-sample output shape once built.
    var outputShape: [Int] { get }
    var parameters: [Parameter] { get }

    /// Checks the input shape, allocates and initialises parameters; returns the output shape.
    func build(inputShape: [Int], previous: String?, generator: inout SeededGenerator) throws -> [Int]
    func forward(_ input: Tensor, training: Bool) throws -> Tensor
    /// Gradient of the loss w.r.t. the input, given the gradient w.r.t. the output; accumulates
    /// parameter gradients (overwriting the previous batch's). Returns nil when `needsInputGradient`
    /// is false (the first layer), which skips work.
    func backward(_ outputGradient: Tensor, needsInputGradient: Bool) throws -> Tensor?
    /// The layers inside a block (Residual, Concatenate), in order; empty for a plain layer. The
    /// model names them along with its own layers, and a block's `parameters` include theirs.
    var sublayers: [Layer] { get }
}

extension Layer {
    public var sublayers: [Layer] { [] }

    /// This layer and every layer inside it, depth first, in the order they were written.
    public var allLayers: [Layer] { [self] + sublayers.flatMap(\.allLayers) }

    public var parameterCount: Int { parameters.reduce(0) { $0 + $1.count } }
    public var trainableParameterCount: Int { parameters.filter(\.trainable).reduce(0) { $0 + $1.count } }
}

/// Upper bound on any single parameter or activation array, so absurd sizes fail with a message
/// instead of exhausting memory. 2 GiB of Float32.
let maximumElementsPerArray = (2 << 30) / MemoryLayout<Float>.size

func checkAllocation(_ elements: Int, what: String, layer: String) throws {
    guard elements <= maximumElementsPerArray else {
        let gib = Double(elements) * 4 / Double(1 << 30)
        throw MLError.tooLarge(
            "\(layer): \(what) would need \(formatCount(elements)) values "
            + "(\(String(format: "%.1f", gib)) GiB); the limit is 2 GiB per array — use fewer units or filters")
    }
}

/// Multiplies dimensions, failing cleanly on overflow.
func checkedProduct(_ values: [Int], layer: String) throws -> Int {
    var total = 1
    for value in values {
        let (product, overflow) = total.multipliedReportingOverflow(by: value)
        if overflow { throw MLError.tooLarge("\(layer): the size \(formatShape(values)) is too large") }
        total = product
    }
    return total
}
