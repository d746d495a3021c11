/// The rows of a model summary. A plain stack gives one row per layer, as Keras's Sequential
/// summary; a model with blocks (Residual, Concatenate) gives Keras's functional form: an input
/// row, every layer inside the blocks, the joins (Add, Concatenate), and what each row reads from.
enum SummaryGraph {
    static func rows(_ layers: [Layer], inputShape: [Int]) -> [SummaryRow] {
        let hasBlocks = layers.contains { !$0.sublayers.isEmpty || $0 is Residual || $0 is Concatenate }
        guard hasBlocks else {
            return layers.map { SummaryRow(layer: label($0), outputShape: $0.outputShape, parameters: $0.parameterCount) }
        }
        var rows = [SummaryRow(layer: "input_layer (InputLayer)", outputShape: inputShape, parameters: 0, connectedTo: ["–"])]
        _ = chain(layers, from: "input_layer", into: &rows)
        return rows
    }

    /// Appends the rows of `layers` applied in order to `input`; returns the name of the last output.
    private static func chain(_ layers: [Layer], from input: String, into rows: inout [SummaryRow]) -> String {
        var current = input
        for layer in layers { current = node(layer, from: current, into: &rows) }
        return current
    }

    private static func node(_ layer: Layer, from input: String, into rows: inout [SummaryRow]) -> String {
        if let residual = layer as? Residual {
            let body = chain(residual.bodyLayers, from: input, into: &rows)
            let shortcut = chain(residual.projectionLayers, from: input, into: &rows)
            let join = residual.activation == .linear ? "Add" : "Add, then \(residual.activation.rawValue)"
            rows.append(SummaryRow(layer: "\(residual.name) (\(join))", outputShape: residual.outputShape, parameters: 0,
                                   connectedTo: [body, shortcut]))
            return residual.name
        }
        if let concatenate = layer as? Concatenate {
            let outputs = concatenate.branchLayers.map { chain($0, from: input, into: &rows) }
            rows.append(SummaryRow(layer: "\(concatenate.name) (Concatenate)", outputShape: concatenate.outputShape, parameters: 0,
                                   connectedTo: outputs))
            return concatenate.name
        }
        rows.append(SummaryRow(layer: label(layer), outputShape: layer.outputShape, parameters: layer.parameterCount,
                               connectedTo: [input]))
        return layer.name
    }

    private static func label(_ layer: Layer) -> String { "\(layer.name) (\(typeName(layer.spec)))" }

    /// Keras's class name for each layer kind.
    static func typeName(_ spec: LayerSpec) -> String {
        switch spec {
        case .dense: return "Dense"
        case .conv2D: return "Conv2D"
        case .maxPool2D: return "MaxPooling2D"
        case .avgPool2D: return "AveragePooling2D"
        case .flatten: return "Flatten"
        case .dropout: return "Dropout"
        case .batchNorm: return "BatchNormalization"
        case .activation: return "Activation"
        case .globalAvgPool2D: return "GlobalAveragePooling2D"
        case .residual: return "Add"
        case .concatenate: return "Concatenate"
        }
    }
}
