import Foundation
import FolioCore

/// SHA-256 digests of files, remembered by path, size, modification time and inode (as git's
/// index does), so a data file is hashed again only when it changed. The memory lives in the
/// cache folder; without one, every digest is computed.
final class FileDigests {
    private struct Stamp: Codable, Equatable {
        var size: Int64
        var modified: Double
        var inode: UInt64
        var digest: String
    }

    private let memoryFile: URL?
    private var memory: [String: Stamp] = [:]
    private var changed = false

    init(memoryFile: URL?) {
        self.memoryFile = memoryFile
        if let memoryFile, let data = try? Data(contentsOf: memoryFile),
           let saved = try? JSONDecoder().decode([String: Stamp].self, from: data) {
            memory = saved
        }
    }

    /// The file's digest, or nil when it cannot be read. A folder (a loader that reads a whole
    /// folder, like `Dataset.mnist`) digests the names and digests of the files inside it.
    func digest(of url: URL) -> String? {
        let path = url.resolvingSymlinksInPath().standardizedFileURL.path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
        return isFolder.boolValue ? folderDigest(path) : fileDigest(path)
    }

    private func folderDigest(_ path: String) -> String? {
        guard let names = try? FileManager.default.subpathsOfDirectory(atPath: path) else { return nil }
        var listing = "folder\n"
        for name in names.sorted() where !name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            let file = (path as NSString).appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            guard let digest = fileDigest(file) else { return nil }
            listing += "\(name) \(digest)\n"
        }
        return SHA256.hex(listing)
    }

    private func fileDigest(_ path: String) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              (attributes[.type] as? FileAttributeType) == .typeRegular else { return nil }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        let inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
        // A file modified within the last two seconds may change again within the same
        // timestamp tick, so its stamp is not trusted (git's "racy clean" rule).
        let settled = Date().timeIntervalSince1970 - modified > 2
        if settled, let known = memory[path], known.size == size, known.modified == modified, known.inode == inode {
            return known.digest
        }
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let digest = SHA256.hex(data)
        if settled {
            memory[path] = Stamp(size: size, modified: modified, inode: inode, digest: digest)
            changed = true
        }
        return digest
    }

    /// Writes what was learned, if anything; a failure only costs hashing again next time.
    func save() {
        guard changed, let memoryFile else { return }
        // Other runs sharing the cache may have saved what they learned meanwhile: keep it too.
        var merged = memory
        if let data = try? Data(contentsOf: memoryFile), let saved = try? JSONDecoder().decode([String: Stamp].self, from: data) {
            merged.merge(saved) { mine, _ in mine }
        }
        let live = merged.filter { FileManager.default.fileExists(atPath: $0.key) }
        guard let data = try? JSONEncoder().encode(live) else { return }
        try? AtomicFile.write(data, to: memoryFile)
        changed = false
    }
}
