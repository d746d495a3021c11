import Foundation

/// How `folio run` was asked to run a notebook.
public struct RunOptions {
    public enum Format: String, CaseIterable, Sendable { case html, md, ipynb }

    /// Where reports go (`results/` by default).
    public var outputDirectory: URL
    /// Relative paths inside the notebook resolve against this folder (the project root).
    public var rootDirectory: URL
    /// `-p key=value` overrides of front-matter params, in the order given.
    public var paramOverrides: [(key: String, value: String)]
    public var formats: Set<Format>
    /// Stop after the cell with this label (`--until LABEL`).
    public var untilLabel: String?
    public var quiet: Bool

    public init(outputDirectory: URL, rootDirectory: URL, paramOverrides: [(key: String, value: String)] = [],
                formats: Set<Format> = [.html, .md], untilLabel: String? = nil, quiet: Bool = false) {
        self.outputDirectory = outputDirectory
        self.rootDirectory = rootDirectory
        self.paramOverrides = paramOverrides
        self.formats = formats
        self.untilLabel = untilLabel
        self.quiet = quiet
    }
}
