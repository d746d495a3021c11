import Foundation
import FolioCore

/// Every point of a sweep with its params, records and status, in the plan's order: what
/// sweep.json, sweep.csv and the summary report show.
public struct SweepTable {
    public struct Row {
        public var point: SweepPoint
        public var result: PointResult?
        /// For a point without a result: "PENDING", "RUNNING on vm", or "not finished".
        public var state: String

        public var status: String { result?.status.rawValue ?? state }
    }

    public var plan: SweepPlan
    public var rows: [Row]
    public var params: [String]
    /// Record names in the order points first recorded them.
    public var records: [String]

    public init(plan: SweepPlan, activity: [Int: String] = [:]) {
        self.plan = plan
        let layout = plan.layout
        rows = plan.points.map { point in
            Row(point: point, result: PointResult.load(point, in: layout), state: activity[point.index] ?? "not finished")
        }
        params = plan.sweptParams
        var names: [String] = []
        for row in rows { for record in row.result?.records ?? [] where !names.contains(record.name) { names.append(record.name) } }
        records = names
    }

    public var finished: [Row] { rows.filter { $0.result != nil } }
    public var unfinished: [Row] { rows.filter { $0.result == nil } }
    public var failed: [Row] { rows.filter { $0.result?.status == .failed } }

    /// The record that ranks points: the plan's `best`, else the first numeric one.
    public var rankingRecord: String? {
        if let best = plan.best { return best }
        return records.first { name in rows.contains { $0.result?.record(name)?.number != nil } }
    }

    /// The finished point with the highest (or, with `lowerIsBetter`, lowest) ranking record.
    public var best: Row? {
        guard let name = rankingRecord else { return nil }
        let scored = rows.compactMap { row -> (Row, Double)? in
            guard row.result?.status == .ok, let value = row.result?.record(name)?.number, value.isFinite else { return nil }
            return (row, value)
        }
        return (plan.lowerIsBetter ? scored.min { $0.1 < $1.1 } : scored.max { $0.1 < $1.1 })?.0
    }

    /// sweep.json: the sweep and one object per point.
    public func json() throws -> Data {
        var points: [[String: Any]] = []
        for row in rows {
            var object: [String: Any] = ["point": row.point.name, "index": row.point.index, "status": row.status]
            object["params"] = Dictionary(row.point.settings.map { ($0.name, $0.value) }, uniquingKeysWith: { $1 })
            if let result = row.result {
                var records: [String: Any] = [:]
                for record in result.records {
                    switch record.value {
                    case .int(let i): records[record.name] = i
                    case .double(let d): records[record.name] = d.isFinite ? d : String(describing: d)
                    case .string(let s): records[record.name] = s
                    }
                }
                object["records"] = records
                object["seconds"] = (result.seconds * 1000).rounded() / 1000
                object["host"] = result.host
                object["cells"] = result.cells
                object["cachedCells"] = result.cachedCells
                if let report = result.report { object["report"] = report }
                if let error = result.error { object["error"] = error }
            }
            points.append(object)
        }
        var sweep: [String: Any] = ["notebook": plan.notebook, "params": params, "records": records, "points": points,
                                    "executor": plan.executor]
        if let best { sweep["best"] = best.point.name }
        return try JSONSerialization.data(withJSONObject: sweep, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }

    /// sweep.csv: one row per point — params, records, status, seconds, report, error.
    public func csv() -> String {
        var lines = [(["point"] + params + records + ["status", "seconds", "report", "error"]).map(Self.csvField).joined(separator: ",")]
        for row in rows {
            var fields = [row.point.name] + params.map { row.point.value(of: $0) ?? "" }
            fields += records.map { row.result?.record($0)?.text ?? "" }
            fields += [row.status, row.result.map { String(format: "%.3f", $0.seconds) } ?? "", row.result?.report ?? "", row.result?.error ?? ""]
            lines.append(fields.map(Self.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { ",\"\n\r".contains($0) }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Writes sweep.json, sweep.csv and sweep.html, each atomically.
    public func write() throws {
        let layout = plan.layout
        try AtomicFile.write(try json(), to: layout.summaryJSON)
        try AtomicFile.write(csv(), to: layout.summaryCSV)
        try AtomicFile.write(SummaryReport(table: self).html(), to: layout.summaryHTML)
    }
}
