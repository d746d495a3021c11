/// An error or warning with the place it happened, the offending line, and what would be right.
///
/// Every stage reports problems as `Diagnostic`s; the text a person reads is produced in one place,
/// `rendered()`, in the compiler-style form
///
///     notebooks/x.md:14:9: error: unknown name 'trian'
///        14 | let n = trian.count
///           |         ^~~~~
///     fix: did you mean 'train'?
public struct Diagnostic: Error, Hashable, Codable, Sendable, CustomStringConvertible {
    public enum Severity: String, Codable, Sendable { case error, warning, note }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation?
    /// How many characters the caret underline covers (at least 1).
    public var length: Int
    /// The full text of the line at `location`, quoted under the message.
    public var lineText: String?
    /// What would be right: "did you mean 'train'?", "expected one of: .relu, .tanh".
    public var fix: String?

    public init(_ severity: Severity = .error, _ message: String, at location: SourceLocation? = nil,
                length: Int = 1, lineText: String? = nil, fix: String? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
        self.length = max(1, length)
        self.lineText = lineText
        self.fix = fix
    }

    public var description: String { rendered() }

    /// The message as a compiler would print it, with the line quoted and a caret.
    public func rendered() -> String {
        var out = ""
        if let location { out += "\(location): " }
        out += "\(severity.rawValue): \(message)"
        if let location, let lineText {
            let number = String(location.line)
            let gutter = String(repeating: " ", count: number.count)
            let line = lineText.replacingOccurrences(of: "\t", with: " ")
            out += "\n \(number) | \(line)"
            let lead = String(repeating: " ", count: max(0, location.column - 1))
            let tail = String(repeating: "~", count: max(0, length - 1))
            out += "\n \(gutter) | \(lead)^\(tail)"
        }
        if let fix { out += "\nfix: \(fix)" }
        return out
    }
}

/// Several diagnostics at once, e.g. every static error `folio check` found.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var description: String { diagnostics.map { $0.rendered() }.joined(separator: "\n\n") }
}
