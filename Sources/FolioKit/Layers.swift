import FolioLanguage

/// One layer of a `Sequential` network. A layer is a description until its network is built, so
/// writing one never fails; a wrong argument (`Dense(0)`) is reported by `Sequential`.
public protocol Layer {
    /// The layer as a call of the notebook language's layer function.
    var layerCall: LayerCall { get }
}

/// The vocabulary function a layer stands for and its arguments (opaque).
public struct LayerCall {
    let name: String
    let arguments: [(label: String?, value: Value?)]
    /// The layers of a block's braces (`Residual { … }`), or its branches (`Concatenate { … }`).
    var block: [LayerCall] = []

    func make() throws -> Value { try Library.call(.function, nil, name, arguments, builder: try block.map { try $0.make() }) }
}

/// The function a layer applies to its output (`Dense(10, activation: .softmax)`), and a layer of
/// its own that applies it (`Activation(.relu)`, e.g. after a `BatchNorm`), as in a notebook where
/// `Activation` is both.
public struct Activation: Layer, Equatable {
    let name: String
    private init(name: String) { self.name = name }

    /// No function: the output as it is.
    public static let linear = Activation(name: "linear")
    /// max(0, x).
    public static let relu = Activation(name: "relu")
    /// 1 / (1 + e^−x).
    public static let sigmoid = Activation(name: "sigmoid")
    /// The hyperbolic tangent.
    public static let tanh = Activation(name: "tanh")
    /// Probabilities that sum to 1 (the last layer of a classifier).
    public static let softmax = Activation(name: "softmax")

    /// A layer that applies `function` to its input.
    public init(_ function: Activation) { self = function }

    /// The layer's call: the vocabulary's `Activation(_:)`.
    public var layerCall: LayerCall { LayerCall(name: "Activation", arguments: [(nil, value)]) }

    var value: Value { enumValue("Activation", name) }
}

/// How `Conv2D` treats the image border.
public enum Padding: String {
    /// No padding: the output shrinks by kernel − 1.
    case valid
    /// Zero padding: the output keeps the input's size (stride 1).
    case same
}

/// A fully connected layer.
public struct Dense: Layer {
    /// The layer's call.
    public let layerCall: LayerCall
    /// `units` outputs, each a weighted sum of all inputs, then `activation`.
    public init(_ units: Int, activation: Activation? = nil) {
        layerCall = LayerCall(name: "Dense", arguments: [(nil, arg(units)), ("activation", activation?.value)])
    }
}

/// A 2-D convolution over the image (input H×W×C).
public struct Conv2D: Layer {
    /// The layer's call.
    public let layerCall: LayerCall
    /// `filters` kernels of `kernel`×`kernel` pixels moved by `stride`.
    public init(_ filters: Int, kernel: Int? = nil, stride: Int? = nil, padding: Padding? = nil, activation: Activation? = nil,
                useBias: Bool? = nil) {
        layerCall = LayerCall(name: "Conv2D", arguments: [(nil, arg(filters)), ("kernel", arg(kernel)), ("stride", arg(stride)),
                                                          ("padding", padding.map { enumValue("Padding", $0.rawValue) }), ("activation", activation?.value),
                                                          ("useBias", arg(useBias))])
    }
}

/// Keeps the largest value of each size×size window.
public struct MaxPool2D: Layer {
    /// The layer's call.
    public let layerCall: LayerCall
    /// Windows of `size`×`size` pixels.
    public init(_ size: Int? = nil) { layerCall = LayerCall(name: "MaxPool2D", arguments: [(nil, arg(size))]) }
}

/// Averages each size×size window.
public struct AvgPool2D: Layer {
    /// The layer's call.
    public let layerCall: LayerCall
    /// Windows of `size`×`size` pixels.
    public init(_ size: Int? = nil) { layerCall = LayerCall(name: "AvgPool2D", arguments: [(nil, arg(size))]) }
}

/// Turns each image into one row of values.
public struct Flatten: Layer {
    /// The layer's call.
    public let layerCall = LayerCall(name: "Flatten", arguments: [])
    /// The layer.
    public init() {}
}

/// During training, zeroes this fraction of values at random.
public struct Dropout: Layer {
    /// The layer's call.
    public let layerCall: LayerCall
    /// Drops `rate` (0 to 1) of the values in each training step.
    public init(_ rate: Double) { layerCall = LayerCall(name: "Dropout", arguments: [(nil, arg(rate))]) }
}

/// Normalises each feature over the batch (running statistics at inference).
public struct BatchNorm: Layer {
    /// The layer's call.
    public let layerCall: LayerCall
    /// The layer; `momentum` weighs the running statistics' old value.
    public init(momentum: Double? = nil) { layerCall = LayerCall(name: "BatchNorm", arguments: [("momentum", arg(momentum))]) }
}

/// The mean of each channel over the whole image: one value per channel.
public struct GlobalAvgPool2D: Layer {
    /// The layer's call.
    public let layerCall = LayerCall(name: "GlobalAvgPool2D", arguments: [])
    /// The layer.
    public init() {}
}

/// Builds the layer list of `Sequential { … }`: one layer per line, `if`, `for` and optional layers
/// allowed, as in any Swift result builder.
@resultBuilder
public enum LayerBuilder {
    /// One layer.
    public static func buildExpression(_ layer: any Layer) -> [any Layer] { [layer] }
    /// The layers of the block, in order.
    public static func buildBlock(_ parts: [any Layer]...) -> [any Layer] { parts.flatMap { $0 } }
    /// A layer under `if` without `else`.
    public static func buildOptional(_ part: [any Layer]?) -> [any Layer] { part ?? [] }
    /// The taken branch of `if`/`else`.
    public static func buildEither(first: [any Layer]) -> [any Layer] { first }
    /// The taken branch of `if`/`else`.
    public static func buildEither(second: [any Layer]) -> [any Layer] { second }
    /// The layers of a `for` loop.
    public static func buildArray(_ parts: [[any Layer]]) -> [any Layer] { parts.flatMap { $0 } }
}
