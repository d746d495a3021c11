import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An advisory `flock` on a file, held while this value lives. The processes sharing one cache
/// folder (on this machine, or on the nodes of a cluster over NFSv4, where Linux maps `flock` to
/// byte-range locks) coordinate through these; the kernel releases them when a process dies, even
/// by SIGKILL, so a killed run never leaves the cache locked.
final class FileLock {
    private let descriptor: Int32

    /// Opens (creating it, and its folder) the lock file; nil when that is impossible, e.g. a
    /// read-only cache, where the run goes on without coordination.
    init?(url: URL) {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let descriptor = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Takes the lock, shared or exclusive; with `wait: false` it fails at once when another
    /// holder is in the way instead of waiting.
    @discardableResult
    func lock(exclusive: Bool, wait: Bool = true) -> Bool {
        let operation = (exclusive ? LOCK_EX : LOCK_SH) | (wait ? 0 : LOCK_NB)
        while flock(descriptor, Int32(operation)) != 0 {
            if errno != EINTR { return false }
        }
        return true
    }

    func unlock() { _ = flock(descriptor, LOCK_UN) }
}

/// Which file a path named when it was opened (device and inode), so a reader can tell whether
/// another run has since renamed a new version over it.
struct FileIdentity: Equatable {
    var device: UInt64
    var inode: UInt64

    init?(descriptor: Int32) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
