import FolioCore

/// One cell of a run: its code, options that affect display, outputs and what happened.
public struct CellReport: Sendable {
    /// Position among the notebook's cells, from 0 (shown as `index + 1`).
    public var index: Int
    public var label: String?
    /// The code to display (option lines removed).
    public var code: String
    /// Show the code (`//| echo:`).
    public var echo: Bool
    /// Show the outputs (`//| output:`). Errors are shown regardless.
    public var showOutput: Bool
    public var outputs: [Output]
    public var status: CellStatus
    /// Seconds the cell took, if it ran.
    public var duration: Double?
    /// File line of the first line inside the fence.
    public var firstLine: Int
    /// The whole cell as written, option lines included; the executed Markdown writes this back so
    /// the file runs again as it did. Falls back to `code` when nil.
    public var source: String?
    /// The fence's info string.
    public var info: String
    /// The outputs came from the per-cell cache; `duration` is the time of the run that made them.
    public var fromCache = false
    /// Why the cell was reused, run or skipped ("cached", "ran: its code changed"), shown as the
    /// tooltip of its header; nil when nobody said.
    public var runReason: String?

    public init(index: Int, label: String? = nil, code: String, echo: Bool = true, showOutput: Bool = true,
                outputs: [Output] = [], status: CellStatus = .ok, duration: Double? = nil, firstLine: Int,
                source: String? = nil, info: String = "swift") {
        self.index = index
        self.label = label
        self.code = code
        self.echo = echo
        self.showOutput = showOutput
        self.outputs = outputs
        self.status = status
        self.duration = duration
        self.firstLine = firstLine
        self.source = source
        self.info = info
    }

    /// The number people see: `[3]`.
    public var number: Int { index + 1 }

    /// "3" or "3 (train)", for messages and captions.
    public var displayName: String {
        label.map { "\(number) (\($0))" } ?? "\(number)"
    }

    /// The HTML anchor of the cell.
    public var anchor: String { "cell-\(number)" }

    /// The outputs a reader sees: all of them, or only errors when output is hidden.
    public var visibleOutputs: [Output] {
        showOutput ? outputs : outputs.filter { if case .error = $0 { return true } else { return false } }
    }
}

/// What happened to a cell.
public enum CellStatus: Hashable, Sendable {
    case ok
    case failed
    /// Not run because something it needs failed (the reason names it).
    case skipped(reason: String)
    /// Not run: `//| eval: false`, or the run stopped before it.
    case notEvaluated

    /// A short word for badges and metadata.
    public var word: String {
        switch self {
        case .ok: return "ok"
        case .failed: return "failed"
        case .skipped: return "skipped"
        case .notEvaluated: return "not evaluated"
        }
    }
}
