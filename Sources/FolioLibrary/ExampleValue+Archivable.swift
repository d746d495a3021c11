import FolioCore
import FolioData

extension ExampleValue: Archivable {
    static let archiveTag = "example"

    /// An example is its data set (written once, shared with other values that hold it) and an index.
    func archive(into archive: inout ArchiveWriter) throws {
        dataset.archive(into: &archive)
        archive.binary.int(index)
    }

    static func unarchive(from archive: inout ArchiveReader) throws -> ExampleValue {
        let dataset = try Dataset.unarchive(from: &archive)
        return try ExampleValue(dataset, index: try archive.binary.int())
    }
}
