import Foundation
import FolioCore
import FolioReport

/// Sizes and checksums of the data files a run read, for the report's run facts.
enum DataFileFacts {
    static func describe(_ files: [URL], root: URL) -> [DataFileFact] {
        files.compactMap { url in
            guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
            return DataFileFact(path: url.relativePath(from: root.standardizedFileURL.path),
                                bytes: data.count, sha256: SHA256.hex(data))
        }
    }
}
