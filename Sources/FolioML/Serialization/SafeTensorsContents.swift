/// What a safetensors file holds: its tensors (in file order, values converted to Float) and the
/// string-to-string `__metadata__`.
public struct SafeTensorsContents: Equatable, Sendable {
    public var tensors: [NamedArray]
    public var metadata: [String: String]

    public init(tensors: [NamedArray], metadata: [String: String]) {
        self.tensors = tensors
        self.metadata = metadata
    }

    /// The tensor called `name`, if any.
    public func tensor(named name: String) -> NamedArray? {
        tensors.first { $0.name == name }
    }
}
