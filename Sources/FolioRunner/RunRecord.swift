import Foundation
import FolioCore

/// What one notebook's latest run knew about each cell it evaluated: the parts of its key, where
/// each input came from, the files it read and wrote, and how it ended. The next run compares a
/// cell that misses the cache with this to say why it runs (`folio run --explain`, the report's
/// tooltip). Kept in `DIR/runs/`, one small JSON file per notebook; losing it only loses the
/// explanation ("no record of an earlier run").
struct RunRecord: Codable {
    struct Input: Codable, Equatable {
        var key: String
        /// The param's value as shown, when a param set it.
        var param: String?
        /// The cell's display name, when a cell set it.
        var cell: String?
    }

    struct File: Codable, Equatable {
        var path: String
        var digest: String
        var written: Bool
    }

    enum Outcome: String, Codable {
        /// Stored in the cache, or reused from it.
        case stored
        /// Ran well but was not stored (a value the cache cannot hold, a file that vanished).
        case notStored
        case failed
    }

    struct CellFacts: Codable {
        var index: Int
        var label: String?
        var parts: CellKeyParts
        var sources: [String: Input]
        var files: [File]
        var outcome: Outcome
    }

    var cells: [CellFacts] = []

    /// The record of the same cell: the one with the same label, else the one at the same place.
    func previous(index: Int, label: String?) -> CellFacts? {
        if let label, let same = cells.first(where: { $0.label == label }) { return same }
        return cells.first { $0.index == index && ($0.label == nil || $0.label == label) }
    }

    static func url(in cacheDirectory: URL, notebookPath: String) -> URL {
        let notebook = URL(fileURLWithPath: notebookPath).standardizedFileURL.path
        return cacheDirectory.appendingPathComponent("runs").appendingPathComponent(SHA256.hex(notebook) + ".json")
    }

    static func load(from url: URL) -> RunRecord? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(RunRecord.self, from: data)
    }

    func save(to url: URL) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        if let data = try? encoder.encode(self) { try? AtomicFile.write(data, to: url) }
    }
}
