import Foundation
import FolioCore
import FolioReport

/// Sizes and checksums of the data files a run read, for the report's run facts.
enum DataFileFacts {
    static func describe(_ files: [URL], root: URL, digests: FileDigests) -> [DataFileFact] {
        files.compactMap { url in
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.resolvingSymlinksInPath().path),
                  (attributes[.type] as? FileAttributeType) == .typeRegular,
                  let size = attributes[.size] as? NSNumber, let digest = digests.digest(of: url) else { return nil }
            return DataFileFact(path: url.relativePath(from: root.standardizedFileURL.path),
                                bytes: size.intValue, sha256: digest)
        }
    }
}
