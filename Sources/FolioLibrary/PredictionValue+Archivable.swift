import FolioCore

extension PredictionValue: Archivable {
    static let archiveTag = "prediction"

    func archive(into archive: inout ArchiveWriter) throws {
        archive.binary.int(label)
        archive.binary.strings(classNames)
        archive.binary.doubles(probabilities)
        archive.binary.floats(preprocessed)
        archive.binary.ints(imageShape)
        archive.binary.string(path)
    }

    static func unarchive(from archive: inout ArchiveReader) throws -> PredictionValue {
        PredictionValue(label: try archive.binary.int(), classNames: try archive.binary.strings(),
                        probabilities: try archive.binary.doubles(), preprocessed: try archive.binary.floats(),
                        imageShape: try archive.binary.ints(), path: try archive.binary.string())
    }
}
