import Foundation

/// Deletes cache entries: `folio cache prune` removes those the latest run of no existing notebook
/// used (or all of them); after every run, `trim` removes such entries, oldest first, while the
/// cache is larger than its limit.
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

    /// The cache's size limit: `FOLIO_CACHE_LIMIT_MB` (0 for none), 5 GiB by default (the six
    /// tutorials on full MNIST need 2.4).
    public static var defaultLimitBytes: Int? {
        guard let text = ProcessInfo.processInfo.environment["FOLIO_CACHE_LIMIT_MB"], let megabytes = Int(text), megabytes >= 0 else {
            return 5120 << 20
        }
        return megabytes == 0 ? nil : megabytes << 20
    }

    private struct StoredFile {
        var url: URL
        var bytes: Int
        var modified: Date
        /// The entry's key; nil for a temporary file left by a killed write.
        var key: String?
    }

    /// Pruning needs the cache to itself: runs that are live hold it (see `CellCache`).
    public struct InUse: Error, CustomStringConvertible {
        public var holders: [String]
        public var description: String {
            "the cache is in use by a running folio (\(holders.isEmpty ? "a process on another host" : holders.joined(separator: ", "))); "
                + "nothing was deleted: prune again when it has finished"
        }
    }

    /// Holds `usage.lock` exclusively, so no run is live while entries are deleted; nil when a run
    /// holds it. The lock goes with the returned value.
    private static func exclusiveUse(of directory: URL) -> FileLock? {
        guard let lock = FileLock(url: CellCache.usageLockURL(in: directory)) else { return nil }
        return lock.lock(exclusive: true, wait: false) ? lock : nil
    }

    public static func prune(directory: URL, all: Bool = false, dryRun: Bool = false) throws -> Result {
        var exclusive: FileLock?
        if !dryRun {
            exclusive = exclusiveUse(of: directory)
            guard exclusive != nil else { throw InUse(holders: CacheLease.holders(in: directory).map(\.description)) }
        }
        defer { exclusive?.unlock() }
        let live = liveKeys(directory: directory, all: all, removeStale: !dryRun)
        var result = Result(removedEntries: 0, keptEntries: 0, freedBytes: 0)
        for file in storedFiles(directory: directory) {
            if let key = file.key, live.contains(key) {
                result.keptEntries += 1
                continue
            }
            if !dryRun { try FileManager.default.removeItem(at: file.url) }
            result.removedEntries += file.key == nil ? 0 : 1
            result.freedBytes += file.bytes
        }
        if all, !dryRun { try? FileManager.default.removeItem(at: directory.appendingPathComponent("file-digests.json")) }
        // No run is live, so no one holds or waits for an entry's lock file.
        if !dryRun { try? FileManager.default.removeItem(at: CellCache.entryLocksFolder(in: directory)) }
        return result
    }

    /// While the entries take more than `limit` bytes, deletes the oldest entry that no notebook's
    /// latest run used. Entries in use stay, even above the limit.
    public static func trim(directory: URL, limit: Int) -> Result {
        let files = storedFiles(directory: directory)
        var total = files.reduce(0) { $0 + $1.bytes }
        var result = Result(removedEntries: 0, keptEntries: files.count, freedBytes: 0)
        guard total > limit else { return result }
        let live = liveKeys(directory: directory, all: false, removeStale: false)
        for file in files.sorted(by: { $0.modified < $1.modified }) where total > limit {
            if let key = file.key, live.contains(key) { continue }
            guard (try? FileManager.default.removeItem(at: file.url)) != nil else { continue }
            total -= file.bytes
            result.freedBytes += file.bytes
            result.keptEntries -= 1
            result.removedEntries += file.key == nil ? 0 : 1
        }
        return result
    }

    /// The keys the manifests of existing notebooks list (none with `all`); `removeStale` deletes
    /// the manifests of notebooks that are gone, or all of them with `all`.
    private static func liveKeys(directory: URL, all: Bool, removeStale: Bool) -> Set<String> {
        let files = FileManager.default
        var live: Set<String> = []
        let manifests = CellCache.manifestsFolder(in: directory)
        for url in (try? files.contentsOfDirectory(at: manifests, includingPropertiesForKeys: nil)) ?? [] {
            guard let data = try? Data(contentsOf: url),
                  let manifest = try? JSONDecoder().decode(CacheManifest.self, from: data),
                  !all, files.fileExists(atPath: manifest.notebook) else {
                if removeStale { try? files.removeItem(at: url) }
                continue
            }
            live.formUnion(manifest.keys)
        }
        return live
    }

    /// Every file under the entries folder: the entries, and temporary files of killed writes.
    private static func storedFiles(directory: URL) -> [StoredFile] {
        let keys: [URLResourceKey] = [.fileSizeKey, .isRegularFileKey, .contentModificationDateKey]
        guard let walker = FileManager.default.enumerator(at: CellCache.entriesFolder(in: directory), includingPropertiesForKeys: keys) else {
            return []
        }
        var found: [StoredFile] = []
        for case let url as URL in walker {
            guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { continue }
            found.append(StoredFile(url: url, bytes: values.fileSize ?? 0, modified: values.contentModificationDate ?? .distantPast,
                                    key: url.pathExtension == "cell" ? url.deletingPathExtension().lastPathComponent : nil))
        }
        return found
    }
}
