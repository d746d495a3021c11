import Foundation
import FolioCore
import FolioML

extension LayerValue: Archivable {
    static let archiveTag = "layer"

    func archive(into archive: inout ArchiveWriter) throws {
        archive.binary.bytes(try JSONEncoder().encode(layer.spec))
    }

    static func unarchive(from archive: inout ArchiveReader) throws -> LayerValue {
        LayerValue(try JSONDecoder().decode(LayerSpec.self, from: archive.binary.bytes()).makeLayer())
    }
}
