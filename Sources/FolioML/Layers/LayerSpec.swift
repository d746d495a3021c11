/// Convolution padding: `.valid` uses only full windows, `.same` pads so output = ceil(input / stride).
public enum Padding: String, Codable, Sendable {
    case valid, same
}

/// A Codable description of one layer: enough to rebuild it (weights travel separately).
public enum LayerSpec: Codable, Equatable, Sendable {
    case dense(units: Int, activation: Activation)
    /// `useBias` nil means true: files written before the option existed have no such key.
    case conv2D(filters: Int, kernel: Int, stride: Int, padding: Padding, activation: Activation, useBias: Bool? = nil)
    case maxPool2D(size: Int)
    case avgPool2D(size: Int)
    case flatten
    case dropout(rate: Double)
    case batchNorm(momentum: Double, epsilon: Double)
    case activation(Activation)
    case globalAvgPool2D
    /// output = activation(body(input) + shortcut(input)); the shortcut is projected when needed.
    case residual(activation: Activation, body: [LayerSpec])
    /// Parallel branches on the same input, joined along the last axis (channels).
    case concatenate(branches: [[LayerSpec]])

    /// A new, unbuilt layer for this description.
    public func makeLayer() throws -> Layer {
        switch self {
        case .dense(let units, let activation): return try Dense(units, activation: activation)
        case .conv2D(let filters, let kernel, let stride, let padding, let activation, let useBias):
            return try Conv2D(filters, kernel: kernel, stride: stride, padding: padding, activation: activation,
                              useBias: useBias ?? true)
        case .maxPool2D(let size): return try MaxPool2D(size)
        case .avgPool2D(let size): return try AvgPool2D(size)
        case .flatten: return Flatten()
        case .dropout(let rate): return try Dropout(rate)
        case .batchNorm(let momentum, let epsilon): return try BatchNorm(momentum: momentum, epsilon: epsilon)
        case .activation(let activation): return ActivationLayer(activation)
        case .globalAvgPool2D: return GlobalAvgPool2D()
        case .residual(let activation, let body):
            return try Residual(activation: activation, body.map { try $0.makeLayer() })
        case .concatenate(let branches):
            return try Concatenate(branches.map { try $0.map { try $0.makeLayer() } })
        }
    }
}

/// A Codable description of a whole Sequential model.
public struct ModelArchitecture: Codable, Equatable, Sendable {
    public var inputShape: [Int]?
    public var layers: [LayerSpec]

    public init(inputShape: [Int]?, layers: [LayerSpec]) {
        self.inputShape = inputShape
        self.layers = layers
    }
}
