/// Layers applied one after another inside a block (a residual body, a branch): built, run forward
/// and backward in order. An empty chain is the identity.
struct LayerChain {
    let layers: [Layer]

    /// Builds every layer in turn; returns the chain's output shape. `previous` names what feeds it.
    func build(inputShape: [Int], previous: String, generator: inout SeededGenerator) throws -> [Int] {
        var shape = inputShape
        var from = previous
        for layer in layers {
            shape = try layer.build(inputShape: shape, previous: from, generator: &generator)
            from = layer.name
        }
        return shape
    }

    func forward(_ input: Tensor, training: Bool) throws -> Tensor {
        var activation = input
        for layer in layers { activation = try layer.forward(activation, training: training) }
        return activation
    }

    /// The gradient w.r.t. the chain's input (nil when not needed), leaving each layer's parameter
    /// gradients in place. Only the first layer may skip its input gradient.
    func backward(_ outputGradient: Tensor, needsInputGradient: Bool) throws -> Tensor? {
        var gradient = outputGradient
        for (index, layer) in layers.enumerated().reversed() {
            guard let next = try layer.backward(gradient, needsInputGradient: index > 0 || needsInputGradient) else {
                return nil
            }
            gradient = next
        }
        return gradient
    }

    var parameters: [Parameter] { layers.flatMap(\.parameters) }
}
