import Foundation

/// `folio cache prune`: deletes the cache entries that the latest run of no existing notebook
/// used (or all of them), and says how much space that freed.
public enum CachePruner {
    public struct Result: Equatable {
        public var removedEntries: Int
        public var keptEntries: Int
        public var freedBytes: Int
    }

    /// The default cache folder of a project.
    public static func defaultDirectory(root: URL) -> URL {
        root.appendingPathComponent(".folio-cache")
    }

    public static func prune(directory: URL, all: Bool = false, dryRun: Bool = false) throws -> Result {
        let files = FileManager.default
        var live: Set<String> = []
        let manifests = CellCache.manifestsFolder(in: directory)
        for url in (try? files.contentsOfDirectory(at: manifests, includingPropertiesForKeys: nil)) ?? [] {
            guard let data = try? Data(contentsOf: url),
                  let manifest = try? JSONDecoder().decode(CacheManifest.self, from: data),
                  !all, files.fileExists(atPath: manifest.notebook) else {
                if !dryRun { try? files.removeItem(at: url) }
                continue
            }
            live.formUnion(manifest.keys)
        }
        var result = Result(removedEntries: 0, keptEntries: 0, freedBytes: 0)
        let entries = CellCache.entriesFolder(in: directory)
        guard let walker = files.enumerator(at: entries, includingPropertiesForKeys: [.fileSizeKey, .isRegularFileKey]) else {
            return result
        }
        for case let url as URL in walker {
            let values = try? url.resourceValues(forKeys: [.fileSizeKey, .isRegularFileKey])
            guard values?.isRegularFile == true else { continue }
            let key = url.deletingPathExtension().lastPathComponent
            if url.pathExtension == "cell", live.contains(key) {
                result.keptEntries += 1
                continue
            }
            // Not used by any notebook's latest run, or a temporary file left by a killed write.
            if !dryRun { try files.removeItem(at: url) }
            result.removedEntries += url.pathExtension == "cell" ? 1 : 0
            result.freedBytes += values?.fileSize ?? 0
        }
        if all, !dryRun { try? files.removeItem(at: directory.appendingPathComponent("file-digests.json")) }
        return result
    }
}
