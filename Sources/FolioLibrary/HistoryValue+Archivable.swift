import Foundation
import FolioCore
import FolioML

extension HistoryValue: Archivable {
    static let archiveTag = "history"

    func archive(into archive: inout ArchiveWriter) throws {
        archive.binary.bytes(try JSONEncoder().encode(history))
        archive.binary.string(modelName)
    }

    static func unarchive(from archive: inout ArchiveReader) throws -> HistoryValue {
        let history = try JSONDecoder().decode(History.self, from: archive.binary.bytes())
        return HistoryValue(history, modelName: try archive.binary.string())
    }
}
