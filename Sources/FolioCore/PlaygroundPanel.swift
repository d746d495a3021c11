/// What the HTML report needs to run a model in the page (`model.playground()`), and what the
/// other formats show instead. FolioLibrary fills it from a trained model; FolioReport draws it.
public struct PlaygroundPanel: Hashable, Codable, Sendable {
    /// The heading, e.g. "Draw a digit — Sequential".
    public var title: String
    /// The JSON the page's script reads: the layers, their weights (float32, base64), the class
    /// names, the input shape and pixel scale, and the test images to pick from. Empty when the
    /// page cannot run the model.
    public var program: String
    /// Why the page cannot run this model (a layer or model kind its script lacks), or nil.
    public var unsupported: String?
    /// How many bytes of `program` are the weights, for the size the report states.
    public var weightBytes: Int
    /// The static picture the Markdown and ipynb reports show in place of the live panel.
    public var fallback: Figure?

    public init(title: String, program: String, unsupported: String?, weightBytes: Int, fallback: Figure?) {
        self.title = title
        self.program = program
        self.unsupported = unsupported
        self.weightBytes = weightBytes
        self.fallback = fallback
    }
}
