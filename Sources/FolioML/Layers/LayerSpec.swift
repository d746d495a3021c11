/// Convolution padding: `.valid` uses only full windows, `.same` pads so output = ceil(input / stride).
public enum Padding: String, Codable, Sendable {
    case valid, same
}

/// A Codable description of one layer: enough to rebuild it (weights travel separately).
public enum LayerSpec: Codable, Equatable, Sendable {
    case dense(units: Int, activation: Activation)
    case conv2D(filters: Int, kernel: Int, stride: Int, padding: Padding, activation: Activation)
    case maxPool2D(size: Int)
    case avgPool2D(size: Int)
    case flatten
    case dropout(rate: Double)
    case batchNorm(momentum: Double, epsilon: Double)

    /// A new, unbuilt layer for this description.
    public func makeLayer() throws -> Layer {
        switch self {
        case .dense(let units, let activation): return try Dense(units, activation: activation)
        case .conv2D(let filters, let kernel, let stride, let padding, let activation):
            return try Conv2D(filters, kernel: kernel, stride: stride, padding: padding, activation: activation)
        case .maxPool2D(let size): return try MaxPool2D(size)
        case .avgPool2D(let size): return try AvgPool2D(size)
        case .flatten: return Flatten()
        case .dropout(let rate): return try Dropout(rate)
        case .batchNorm(let momentum, let epsilon): return try BatchNorm(momentum: momentum, epsilon: epsilon)
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
