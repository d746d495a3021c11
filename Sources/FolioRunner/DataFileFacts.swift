import Foundation
import FolioCore
import FolioReport

/// Sizes and checksums of the data files a run read, for the report's run facts.
enum DataFileFacts {
    static func describe(_ files: [URL], root: URL, digests: FileDigests) -> [DataFileFact] {
        files.compactMap { url in
            guard let digest = digests.digest(of: url),
                  let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber else { return nil }
            return DataFileFact(path: url.relativePath(from: root.standardizedFileURL.path),
                                bytes: size.intValue, sha256: digest)
        }
    }
}
