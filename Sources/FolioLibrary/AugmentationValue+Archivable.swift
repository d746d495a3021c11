import FolioCore
import FolioData

extension AugmentationValue: Archivable {
    static let archiveTag = "augmentation"

    func archive(into archive: inout ArchiveWriter) throws {
        archive.binary.double(augmentation.shift)
        archive.binary.double(augmentation.rotate)
        archive.binary.double(augmentation.zoom)
        archive.binary.bool(augmentation.flip)
    }

    /// The values are checked again on the way in, as a damaged entry must not make a bad warp.
    static func unarchive(from archive: inout ArchiveReader) throws -> AugmentationValue {
        let shift = try archive.binary.double(), rotate = try archive.binary.double(), zoom = try archive.binary.double()
        return AugmentationValue(try ImageAugmentation(shift: shift, rotate: rotate, zoom: zoom, flip: try archive.binary.bool()))
    }
}
