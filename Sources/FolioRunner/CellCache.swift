import Foundation
import FolioCore
import FolioReport

/// The per-cell cache of one run: entries under `DIR/cells/`, a manifest per notebook of the
/// entries its last run used (what `folio cache prune` keeps), and the file-digest memory.
final class CellCache {
    let directory: URL
    let root: URL
    let digests: FileDigests
    private var used: [String] = []
    /// Problems worth telling the user (a corrupt entry that was recomputed, a failed write).
    private(set) var notes: [String] = []

    init(directory: URL, root: URL) {
        self.directory = directory
        self.root = root.standardizedFileURL
        self.digests = FileDigests(memoryFile: directory.appendingPathComponent("file-digests.json"))
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
    }

    /// The stored entry for `key` if there is one whose description decodes and passes its
    /// checksum, and whose files still have the digests they had; a corrupt entry is deleted and
    /// reported. The values are only read when needed (`values(of:)`).
    func lookup(_ key: String, cellName: String) -> Hit? {
        let url = entryURL(for: key)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let hit: Hit
        do {
            let (entry, offset, checksum) = try CacheEntry.readDescription(from: url)
            guard entry.baseKey == key else { throw BinaryReader.Problem(description: "it belongs to another key") }
            hit = Hit(entry: entry, url: url, valuesOffset: offset, valuesChecksum: checksum)
        } catch {
            discard(key, cellName: cellName, reason: "\(error)")
            return nil
        }
        for file in hit.entry.filesRead + hit.entry.filesWritten where currentDigest(file) != file.digest {
            return nil
        }
        return hit
    }

    /// The checked values of a hit.
    func values(of hit: Hit) throws -> Data {
        try CacheEntry.loadValues(from: hit.url, offset: hit.valuesOffset, checksum: hit.valuesChecksum)
    }

    func store(_ entry: CacheEntry, cellName: String) {
        do {
            try AtomicFile.write(try entry.encoded(), to: entryURL(for: entry.baseKey))
            used.append(entry.baseKey)
        } catch {
            notes.append("could not cache cell \(cellName): \(error)")
        }
    }

    func markUsed(_ key: String) { used.append(key) }

    func discard(_ key: String, cellName: String, reason: String) {
        notes.append("the cache entry of cell \(cellName) was unusable (\(reason)); running the cell again")
        try? FileManager.default.removeItem(at: entryURL(for: key))
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
    func finish(notebookPath: String) {
        digests.save()
        let notebook = URL(fileURLWithPath: notebookPath).standardizedFileURL.path
        let manifest = CacheManifest(notebook: notebook, keys: used)
        let url = Self.manifestsFolder(in: directory).appendingPathComponent(SHA256.hex(notebook) + ".json")
        if let data = try? JSONEncoder().encode(manifest) { try? AtomicFile.write(data, to: url) }
    }
}

/// The entries one notebook's latest run used.
struct CacheManifest: Codable {
    var notebook: String
    var keys: [String]
}
