/// A cell's `//| key: value` options (Quarto's convention), with their defaults.
public struct CellOptions: Equatable, Sendable {
    /// A name for the cell, shown in progress and reports and used in messages.
    public var label: String?
    /// Show the code in the report.
    public var echo: Bool
    /// Run the cell.
    public var eval: Bool
    /// Show the cell's output.
    public var output: Bool
    /// Reuse a cached result when nothing the cell depends on changed.
    public var cache: Bool
    /// A failure is shown and the run goes on (instead of stopping the cells that need it).
    public var error: Bool
    /// Seconds the cell may run, if limited.
    public var timeout: Double?
    /// The loop-step budget of the cell (`//| steps: N`); nil keeps the run's default.
    public var steps: Int?
    /// Any other key, as written (unknown keys also produce a warning).
    public var other: [String: String]

    public init(label: String? = nil, echo: Bool = true, eval: Bool = true, output: Bool = true, cache: Bool = true,
                error: Bool = false, timeout: Double? = nil, other: [String: String] = [:]) {
        self.label = label
        self.echo = echo
        self.eval = eval
        self.output = output
        self.cache = cache
        self.error = error
        self.timeout = timeout
        self.other = other
    }

    /// The option names Folio understands.
    public static let knownKeys = ["label", "echo", "eval", "output", "cache", "error", "timeout", "steps"]

    /// Only the options that differ from the defaults, as `key: value` text (Livebook's
    /// "write metadata only when it differs" habit), in a fixed order.
    public var nonDefaultLines: [String] {
        var lines: [String] = []
        if let label { lines.append("label: \(label)") }
        if !echo { lines.append("echo: false") }
        if !eval { lines.append("eval: false") }
        if !output { lines.append("output: false") }
        if !cache { lines.append("cache: false") }
        if error { lines.append("error: true") }
        if let timeout { lines.append("timeout: \(timeout)") }
        for key in other.keys.sorted() { lines.append("\(key): \(other[key] ?? "")") }
        return lines
    }

    /// A compact one-line form for dumps.
    public var summary: String {
        let lines = nonDefaultLines
        return lines.isEmpty ? "(defaults)" : lines.joined(separator: ", ")
    }
}
