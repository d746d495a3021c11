import Foundation
import FolioCore
import FolioReport

/// What a run produced: the report model, the files written, and how it ended.
public struct RunResult {
    public var document: ReportDocument
    public var writtenFiles: [URL]
    /// Cells that failed without `error: true`.
    public var failedCells: Int
    public var skippedCells: Int
    public var cellCount: Int
    /// Time spent rendering and writing the report files.
    public var reportSeconds: Double
    /// Absolute URLs of the data and model files the cells read (what `folio preview` watches).
    public var inputFiles: [URL] = []
    /// Paths cells only asked the existence of (`fileExists`): a preview watches them appear.
    public var probedPaths: [URL] = []
    /// Cells whose outputs and values came from the cache.
    public var cachedCells = 0
    /// 0 when every cell ran, 1 when a cell failed.
    public var exitCode: Int32 { failedCells > 0 ? 1 : 0 }
}
