import FolioCore
import Foundation

/// Everything a report writer needs: the notebook's prose and cells with their outputs, and the
/// facts of the run. Writers are pure functions of this value.
public struct ReportDocument: Sendable {
    public var title: String
    public var author: String?
    /// Parameter names and the values the run used, as display text, in front-matter order.
    public var params: [(String, String)]
    public var facts: RunFacts
    public var blocks: [ReportBlock]
    /// The notebook file, as given on the command line (e.g. `notebooks/mnist.md`).
    public var sourcePath: String
    /// Link reference definitions (`[name]: url` lines) appended to every prose slice when it is
    /// rendered, so reference links work across cells (see `Notebook.linkDefinitions`).
    public var linkDefinitions: String

    public init(title: String, author: String? = nil, params: [(String, String)] = [], facts: RunFacts = RunFacts(),
                blocks: [ReportBlock] = [], sourcePath: String, linkDefinitions: String = "") {
        self.title = title
        self.author = author
        self.params = params
        self.facts = facts
        self.blocks = blocks
        self.sourcePath = sourcePath
        self.linkDefinitions = linkDefinitions
    }

    /// The cells, in order.
    public var cells: [CellReport] {
        blocks.compactMap { if case .cell(let cell) = $0 { return cell } else { return nil } }
    }

    /// The first cell that failed, if any (the report's banner links to it).
    public var firstFailedCell: CellReport? {
        cells.first { $0.status == .failed }
    }
}

/// The facts of one run, shown in the report header (HTML) or footer (Markdown).
public struct RunFacts: Sendable {
    /// When the run started.
    public var date: Date
    /// Wall-clock seconds for the whole run.
    public var duration: Double
    public var folioVersion: String
    /// Every data file the notebook read, with its size and SHA-256 (hex).
    public var dataFiles: [DataFileFact]
    /// Anything else worth recording, in order: ("commit", "1a2b3c"), ("BLAS", "OpenBLAS 0.3"), ("seed", "42").
    public var extra: [(String, String)]

    public init(date: Date = Date(timeIntervalSince1970: 0), duration: Double = 0, folioVersion: String = "",
                dataFiles: [DataFileFact] = [], extra: [(String, String)] = []) {
        self.date = date
        self.duration = duration
        self.folioVersion = folioVersion
        self.dataFiles = dataFiles
        self.extra = extra
    }
}

/// A data file a run read.
public struct DataFileFact: Hashable, Sendable {
    public var path: String
    public var bytes: Int
    public var sha256: String

    public init(path: String, bytes: Int, sha256: String) {
        self.path = path
        self.bytes = bytes
        self.sha256 = sha256
    }
}
