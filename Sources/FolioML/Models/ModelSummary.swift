/// One row of a Keras-style model summary.
public struct SummaryRow: Equatable, Sendable {
    /// "conv2d_1 (Conv2D)"
    public var layer: String
    /// Per-sample output shape, e.g. [26, 26, 32]; shown as "(None, 26, 26, 32)".
    public var outputShape: [Int]
    public var parameters: Int
    /// What the layer reads from (functional summaries only; empty for a plain stack).
    public var connectedTo: [String] = []

    public init(layer: String, outputShape: [Int], parameters: Int, connectedTo: [String] = []) {
        self.layer = layer
        self.outputShape = outputShape
        self.parameters = parameters
        self.connectedTo = connectedTo
    }

    public var formattedOutputShape: String {
        "(None, " + outputShape.map(String.init).joined(separator: ", ") + ")"
    }
}

/// A structured summary: rows plus totals. The caller renders it as a table.
public struct ModelSummary: Equatable, Sendable {
    public var model: String
    public var inputShape: [Int]
    public var rows: [SummaryRow]
    public var totalParameters: Int
    public var trainableParameters: Int
    public var nonTrainableParameters: Int { totalParameters - trainableParameters }
    /// True for a model with blocks: its summary has Keras's functional "Connected to" column.
    public var showsConnections: Bool { rows.contains { !$0.connectedTo.isEmpty } }

    /// A plain-text rendering (Keras-like), for logs and tests.
    public var text: String {
        var header = "Layer (type)                    Output Shape              Param #"
        if showsConnections { header += "   Connected to" }
        var lines = ["Model: \(model)", header]
        for row in rows {
            var line = row.layer.padding(toLength: 32, withPad: " ", startingAt: 0)
                + row.formattedOutputShape.padding(toLength: 26, withPad: " ", startingAt: 0)
                + formatCount(row.parameters)
            if showsConnections {
                line = line.padding(toLength: 68, withPad: " ", startingAt: 0) + row.connectedTo.joined(separator: ", ")
            }
            lines.append(line)
        }
        lines.append("Total params: \(formatCount(totalParameters))")
        lines.append("Trainable params: \(formatCount(trainableParameters))")
        lines.append("Non-trainable params: \(formatCount(nonTrainableParameters))")
        return lines.joined(separator: "\n")
    }
}

import Foundation
