import FolioLanguage
import FolioML

/// The layers of deeper models: `Activation(.relu)`, `GlobalAvgPool2D()`, and the blocks written
/// as builders inside `Sequential { … }`: `Residual { … }` and `Concatenate { Branch { … } … }`.
enum BlockVocabulary {
    static let branch = FolioType.named("Branch")

    static var layers: [Declaration] {
        [
            Declaration(.function, "Activation", [Param(nil, name: "activation", .named("Activation"))], returns: .layer, topic: "Layers",
                        doc: "Applies an activation as a layer of its own (e.g. after a BatchNorm).", example: "Activation(.relu)") { call in
                let name = try call.enumCase("activation").caseName
                guard let activation = Activation(rawValue: name) else { throw RuntimeError("unknown activation .\(name)") }
                return .object(LayerValue(ActivationLayer(activation)))
            },
            Declaration(.function, "GlobalAvgPool2D", returns: .layer, topic: "Layers",
                        doc: "The mean of each channel over the whole image: H×W×C becomes C values.") { _ in
                .object(LayerValue(GlobalAvgPool2D()))
            },
            Declaration(.function, "Residual",
                        [Param("activation", .named("Activation"), default: .enumCase("linear"), doc: "applied after the addition")],
                        builder: .layer, returns: .layer, topic: "Layers",
                        doc: "A residual block: the layers in the braces plus the block's input. When they change the channels or the size, a 1×1 convolution (with the block's stride) and a BatchNorm project the input first.",
                        example: "Residual(activation: .relu) {\n    Conv2D(32, kernel: 3, padding: .same)\n    BatchNorm()\n    Activation(.relu)\n    Conv2D(32, kernel: 3, padding: .same)\n    BatchNorm()\n}") { call in
                let name = try call.enumCase("activation").caseName
                guard let activation = Activation(rawValue: name) else { throw RuntimeError("unknown activation .\(name)") }
                let body = try layers(of: call, in: "Residual")
                if body.isEmpty {
                    throw RuntimeError("Residual needs at least one layer", fix: "put the block's layers inside the braces, one per line")
                }
                return .object(LayerValue(try library { try Residual(activation: activation, body) }))
            },
            Declaration(.function, "Concatenate", builder: branch, returns: .layer, topic: "Layers",
                        doc: "Inception-style parallel branches on the same input, joined along the channels; every branch must keep the height and width.",
                        example: "Concatenate {\n    Branch { Conv2D(16, kernel: 1, activation: .relu) }\n    Branch { Conv2D(16, kernel: 3, padding: .same, activation: .relu) }\n}") { call in
                let branches = try call.builderItems.map { item -> [Layer] in
                    guard case .object(let o) = item, let branch = o as? BranchValue else {
                        throw RuntimeError("only Branch { … } blocks can go inside Concatenate { … }, got \(item.type)",
                                           fix: "wrap each path in Branch { … }")
                    }
                    return branch.layers
                }
                if branches.count < 2 {
                    throw RuntimeError("Concatenate needs at least two branches, got \(branches.count)",
                                       fix: "write one Branch { … } per path inside the braces")
                }
                return .object(LayerValue(try library { try Concatenate(branches) }))
            },
            Declaration(.function, "Branch", builder: .layer, returns: branch, topic: "Layers",
                        doc: "One path of a Concatenate block; an empty Branch { } passes the input through.",
                        example: "Branch { Conv2D(16, kernel: 1, activation: .relu) }") { call in
                .object(BranchValue(try layers(of: call, in: "Branch")))
            },
        ]
    }

    private static func layers(of call: Call, in block: String) throws -> [Layer] {
        try call.builderItems.map { item -> Layer in
            guard case .object(let o) = item, let layer = o as? LayerValue else {
                throw RuntimeError("only layers can go inside \(block) { … }, got \(item.type)",
                                   fix: "write one layer per line, e.g. Conv2D(32, kernel: 3, padding: .same)")
            }
            return layer.layer
        }
    }
}
