import Foundation
import FolioCore

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
    /// Print why each cell was reused, run or skipped (`--explain`).
    public var explain = false
    /// How the per-cell cache is used (`--no-cache`, `--refresh`).
    public var cacheMode: CacheMode = .use
    /// Where cache entries live; `.folio-cache/` under the root directory unless set.
    public var cacheDirectory: URL?
    /// After a run, entries no notebook's latest run used are deleted, oldest first, while the
    /// cache is larger than this; nil for no limit.
    public var cacheLimitBytes: Int? = CachePruner.defaultLimitBytes
    /// The Folio version that cache keys include (tests change it to check invalidation).
    public var cacheVersion = FolioVersion.current
    /// The running program's file. Its size and modification time join the version in cache keys,
    /// so a Folio rebuilt from changed code (the same version number) does not reuse what the old
    /// build computed.
    public var buildFile: URL?

    public enum CacheMode: String, Sendable {
        /// Reuse entries whose key matches; store new ones.
        case use
        /// Run every cell and overwrite the entries (`--refresh`).
        case refresh
        /// Neither read nor write the cache (`--no-cache`).
        case off
    }

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
