import Foundation
import FolioCore

/// How one point's run ended: its records, its report, its error. Written by the worker that ran
/// it as soon as it ends, so an interrupted sweep keeps every finished point.
public struct PointResult: Codable {
    public enum Status: String, Codable {
        /// Every cell ran.
        case ok
        /// A cell failed, or the notebook could not run with these params.
        case failed
    }

    public var point: SweepPoint
    public var status: Status
    public var records: [Record]
    public var seconds: Double
    /// The point's report, relative to the sweep folder (`sweep/lr=0.01.html`); nil when the
    /// notebook could not run at all.
    public var report: String?
    public var error: String?
    public var host: String
    public var finished: Date
    public var cells: Int
    public var cachedCells: Int

    public init(point: SweepPoint, status: Status, records: [Record], seconds: Double, report: String?, error: String?,
                host: String, finished: Date, cells: Int, cachedCells: Int) {
        self.point = point
        self.status = status
        self.records = records
        self.seconds = seconds
        self.report = report
        self.error = error
        self.host = host
        self.finished = finished
        self.cells = cells
        self.cachedCells = cachedCells
    }

    public func record(_ name: String) -> Record.Value? {
        records.last { $0.name == name }?.value
    }

    public func save(in layout: SweepLayout) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        try AtomicFile.write(try encoder.encode(self), to: layout.result(of: point))
    }

    /// The point's result if its worker finished; nil while it has not (or a damaged file, which
    /// `--resume` then runs again).
    public static func load(_ point: SweepPoint, in layout: SweepLayout) -> PointResult? {
        guard let data = FileManager.default.contents(atPath: layout.result(of: point).path) else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try? decoder.decode(PointResult.self, from: data)
    }
}
