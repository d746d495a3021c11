import Foundation
import FolioCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file per live run in the cache's `leases/` folder, naming its host and process. The lock
/// (`usage.lock`) is what keeps pruning away from live runs; a lease only lets `folio cache prune`
/// say which runs are in the way.
struct CacheLease: Codable, CustomStringConvertible {
    var host: String
    var pid: Int32
    var started: Date

    var description: String { "pid \(pid) on \(host)" }

    static func folder(in directory: URL) -> URL { directory.appendingPathComponent("leases") }

    static var hostName: String { ProcessInfo.processInfo.hostName }

    /// Writes this process's lease; nil when the folder is not writable (the lock still works).
    static func write(in directory: URL) -> URL? {
        let lease = CacheLease(host: hostName, pid: getpid(), started: Date())
        let url = folder(in: directory).appendingPathComponent("\(hostName)-\(lease.pid)-\(UUID().uuidString).json")
        guard let data = try? JSONEncoder().encode(lease), (try? AtomicFile.write(data, to: url)) != nil else { return nil }
        return url
    }

    /// The leases of runs that may be live: those of processes on this host that are gone are
    /// removed (a run killed before it could remove its own); other hosts' leases are believed.
    static func holders(in directory: URL) -> [CacheLease] {
        let files = (try? FileManager.default.contentsOfDirectory(at: folder(in: directory), includingPropertiesForKeys: nil)) ?? []
        var holders: [CacheLease] = []
        for url in files where url.pathExtension == "json" {
            guard let data = try? Data(contentsOf: url), let lease = try? JSONDecoder().decode(CacheLease.self, from: data) else { continue }
            if lease.host == hostName, kill(lease.pid, 0) != 0, errno == ESRCH {
                try? FileManager.default.removeItem(at: url)
                continue
            }
            holders.append(lease)
        }
        return holders.sorted { $0.started < $1.started }
    }
}
