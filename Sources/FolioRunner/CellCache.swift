import Foundation
import FolioCore
import FolioReport

/// The per-cell cache of one run: entries under `DIR/cells/`, a manifest per notebook of the
/// entries its last run used (what `folio cache prune` keeps), and the file-digest memory.
///
/// Many runs may share one cache folder at once (a sweep's points, a Slurm array's tasks on a
/// shared file system). Entries are written to a unique temporary file and renamed into place, so
/// a reader sees a whole entry or none; a run holds `usage.lock` shared from start to finish, and
/// pruning deletes only while it holds it exclusively (no run is live); a run that misses an entry
/// holds that entry's lock while computing it, so a second run needing the same entry waits and
/// reuses it instead of computing it again.
final class CellCache {
    let directory: URL
    let root: URL
    let digests: FileDigests
    private var used: [String] = []
    /// Problems worth telling the user (a corrupt entry that was recomputed, a failed write).
    private(set) var notes: [String] = []
    /// Held shared while this run may read entries: pruning waits for it.
    private var usage: FileLock?
    /// A file naming this run (host, pid), so `folio cache prune` can say who holds the cache.
    private var lease: URL?
    /// The lock of the entry this run is computing (the last lookup that missed).
    private var computing: FileLock?
    /// Which file each hit was read from, so its values come from the same version.
    private var readIdentities: [String: FileIdentity] = [:]

    init(directory: URL, root: URL) {
        self.directory = directory
        self.root = root.standardizedFileURL
        self.digests = FileDigests(memoryFile: directory.appendingPathComponent("file-digests.json"))
        if let usage = FileLock(url: Self.usageLockURL(in: directory)), usage.lock(exclusive: false) {
            self.usage = usage
            lease = CacheLease.write(in: directory)
        }
    }

    deinit { release() }

    static func usageLockURL(in directory: URL) -> URL { directory.appendingPathComponent("usage.lock") }
    static func entryLocksFolder(in directory: URL) -> URL { directory.appendingPathComponent("locks") }

    private func entryLockURL(for key: String) -> URL {
        Self.entryLocksFolder(in: directory).appendingPathComponent(key + ".lock")
    }

    private func release() {
        computing = nil
        if let lease { try? FileManager.default.removeItem(at: lease) }
        lease = nil
        usage?.unlock()
        usage = nil
    }

    static func entriesFolder(in directory: URL) -> URL { directory.appendingPathComponent("cells") }
    static func manifestsFolder(in directory: URL) -> URL { directory.appendingPathComponent("manifests") }

    func entryURL(for key: String) -> URL {
        Self.entriesFolder(in: directory).appendingPathComponent(String(key.prefix(2)))
            .appendingPathComponent(key + ".cell")
    }

    /// An entry found by `lookup`: its description, and where its values are in the file.
    struct Hit {
        var entry: CacheEntry
        var url: URL
        var valuesOffset: Int
        var valuesChecksum: String
        /// The version of the file the description came from.
        var identity: FileIdentity?
    }

    /// The stored entry for `key` if there is one whose description decodes and passes its
    /// checksum, and whose files still have the digests they had; a corrupt entry is deleted and
    /// reported. The values are only read when needed (`values(of:)`).
    ///
    /// On a miss this run is the one to compute the entry: it takes the entry's lock (until it
    /// stores the entry or looks up another). When another run holds that lock it is computing the
    /// same entry right now: this waits for it and returns what it stored.
    func lookup(_ key: String, cellName: String) -> Hit? {
        computing = nil
        if let hit = storedHit(key, cellName: cellName) { return hit }
        guard let lock = FileLock(url: entryLockURL(for: key)), lock.lock(exclusive: true) else { return nil }
        if let hit = storedHit(key, cellName: cellName) { return hit }
        computing = lock
        return nil
    }

    private func storedHit(_ key: String, cellName: String) -> Hit? {
        let url = entryURL(for: key)
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        let identity = FileIdentity(descriptor: handle.fileDescriptor)
        let hit: Hit
        do {
            let (entry, offset, checksum) = try CacheEntry.readDescription(from: handle)
            guard entry.baseKey == key else { throw BinaryReader.Problem(description: "it belongs to another key") }
            hit = Hit(entry: entry, url: url, valuesOffset: offset, valuesChecksum: checksum, identity: identity)
        } catch {
            readIdentities[key] = identity
            discard(key, cellName: cellName, reason: "\(error)")
            return nil
        }
        for file in hit.entry.filesRead + hit.entry.filesWritten where currentDigest(file) != file.digest {
            return nil
        }
        return hit
    }

    /// The checked values of a hit. When another run has renamed a new version of the entry over
    /// the one `lookup` read (both computed from the same inputs), the values come from the new
    /// version, located by its own description.
    func values(of hit: Hit) throws -> Data {
        let handle = try FileHandle(forReadingFrom: hit.url)
        defer { try? handle.close() }
        let identity = FileIdentity(descriptor: handle.fileDescriptor)
        readIdentities[hit.entry.baseKey] = identity
        guard identity != hit.identity else {
            return try CacheEntry.loadValues(from: handle, offset: hit.valuesOffset, checksum: hit.valuesChecksum)
        }
        let (entry, offset, checksum) = try CacheEntry.readDescription(from: handle)
        guard entry.baseKey == hit.entry.baseKey, entry.touched == hit.entry.touched else {
            throw BinaryReader.Problem(description: "it was replaced by an entry of another key")
        }
        return try CacheEntry.loadValues(from: handle, offset: offset, checksum: checksum)
    }

    func store(_ entry: CacheEntry, cellName: String) {
        do {
            try AtomicFile.write(try entry.encoded(), to: entryURL(for: entry.baseKey))
            used.append(entry.baseKey)
        } catch {
            notes.append("could not cache cell \(cellName): \(error)")
        }
        computing = nil
    }

    func markUsed(_ key: String) { used.append(key) }

    func discard(_ key: String, cellName: String, reason: String) {
        notes.append("the cache entry of cell \(cellName) was unusable (\(reason)); running the cell again")
        let url = entryURL(for: key)
        // Only the version that was read and found bad: another run may have just renamed a
        // good one into its place.
        if let bad = readIdentities[key], FileIdentity(path: url.path) != bad { return }
        try? FileManager.default.removeItem(at: url)
    }

    /// Stamps of paths whose existence a cell asked about (`fileExists`) are "probe:" stamps.
    static let probePrefix = "probe:"

    private func currentDigest(_ stamp: CacheEntry.FileStamp) -> String? {
        let url = resolve(stamp.path)
        if stamp.digest.hasPrefix(Self.probePrefix) { return probe(url).digest }
        return digests.digest(of: url)
    }

    /// The stamp of a path a cell only asked the existence of.
    func probe(_ url: URL) -> CacheEntry.FileStamp {
        let exists = FileManager.default.fileExists(atPath: url.path)
        return CacheEntry.FileStamp(path: relative(url), digest: Self.probePrefix + (exists ? "exists" : "absent"))
    }

    private func relative(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return path.hasPrefix(rootPath) ? String(path.dropFirst(rootPath.count)) : path
    }

    /// The stamp of a file a cell read or wrote; nil when it is gone.
    func stamp(_ url: URL) -> CacheEntry.FileStamp? {
        guard let digest = digests.digest(of: url) else { return nil }
        return CacheEntry.FileStamp(path: relative(url), digest: digest)
    }

    func resolve(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appendingPathComponent(path)
    }

    /// Records which entries this notebook's run used, and saves the digest memory.
    /// Releases this run's locks (pruning may then go ahead).
    func finish(notebookPath: String) {
        computing = nil
        digests.save()
        let notebook = URL(fileURLWithPath: notebookPath).standardizedFileURL.path
        let manifest = CacheManifest(notebook: notebook, keys: used)
        let url = Self.manifestsFolder(in: directory).appendingPathComponent(SHA256.hex(notebook) + ".json")
        if let data = try? JSONEncoder().encode(manifest) { try? AtomicFile.write(data, to: url) }
        release()
    }
}

/// The entries one notebook's latest run used.
struct CacheManifest: Codable {
    var notebook: String
    var keys: [String]
}
