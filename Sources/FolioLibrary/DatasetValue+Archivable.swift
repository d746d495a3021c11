import FolioCore
import FolioData

extension DatasetValue: Archivable {
    static let archiveTag = "dataset"
    // 2: whether the data set has labels (unlabelled CSVs).
    static let archiveVersion = 2

    func archive(into archive: inout ArchiveWriter) throws {
        dataset.archive(into: &archive)
    }

    static func unarchive(from archive: inout ArchiveReader) throws -> DatasetValue {
        DatasetValue(try Dataset.unarchive(from: &archive))
    }
}

extension Dataset {
    /// Data sets are immutable and often shared (a test set inside an evaluation), so each is
    /// written once. Byte-level pixels take one byte each (`compactFloats`).
    func archive(into archive: inout ArchiveWriter) {
        archive.shared(self) { archive in
            archive.binary.ints(imageShape)
            archive.binary.ints(labels)
            archive.binary.strings(classNames)
            archive.binary.string(source)
            archive.binary.double(Double(pixelMaximum))
            archive.binary.bool(isLabelled)
            archive.binary.compactFloats(pixels)
        }
    }

    static func unarchive(from archive: inout ArchiveReader) throws -> Dataset {
        try archive.shared(Dataset.self) { archive in
            let imageShape = try archive.binary.ints()
            let labels = try archive.binary.ints()
            let classNames = try archive.binary.strings()
            let source = try archive.binary.string()
            let pixelMaximum = Float(try archive.binary.double())
            let isLabelled = try archive.binary.bool()
            let pixels = try archive.binary.compactFloats()
            return try Dataset(pixels: pixels, labels: labels, imageShape: imageShape, classNames: classNames,
                               source: source, pixelMaximum: pixelMaximum, isLabelled: isLabelled)
        }
    }
}
