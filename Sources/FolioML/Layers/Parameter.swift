/// A trainable (or running-statistic) array of a layer, with its gradient.
public final class Parameter {
    public let name: String
    public let shape: [Int]
    public var value: [Float]
    public var gradient: [Float]
    /// Running statistics (BatchNorm) are saved and counted but not updated by the optimizer.
    public let trainable: Bool

    init(name: String, shape: [Int], value: [Float], trainable: Bool = true) {
        self.name = name
        self.shape = shape
        self.value = value
        self.gradient = trainable ? [Float](repeating: 0, count: value.count) : []
        self.trainable = trainable
    }

    var count: Int { value.count }
}
