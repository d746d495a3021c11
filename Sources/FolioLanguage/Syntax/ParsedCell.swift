import FolioCore

/// A parsed cell: its syntax tree, where it sits in the notebook, and the names it binds and reads.
public struct ParsedCell {
    /// Lexing and parsing errors (the cell should not be checked further or run if non-empty).
    public var diagnostics: [Diagnostic]
    /// Names the cell binds at top level, in order (`let (train, test) = ...` binds both).
    public var boundNames: [String]
    /// Free names the cell reads (bound before the cell: params, earlier cells, vocabulary names).
    public var usedNames: Set<String>
    public var statements: [Stmt]
    public var source: CellSource
    public var text: String

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Everything a cell did when run: its outputs so far, then the error that stopped it, if any.
public struct CellRun {
    public var outputs: [Output]
    public var error: Diagnostic?
    public init(outputs: [Output], error: Diagnostic?) {
        self.outputs = outputs
        self.error = error
    }
}

