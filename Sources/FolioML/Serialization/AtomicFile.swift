import Foundation

/// Writes a file so that readers see either the old file or the complete new one, never half of
/// it: the bytes go to a temporary file in the same folder, which is then renamed over the target.
enum AtomicFile {
    static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        let fail = { (problem: String) in ModelFileError(file: url.path, problem: problem) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw fail("cannot create the folder \(folder.path): \(SafeTensors.describe(error))")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).partial")
        do {
            try data.write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw fail("cannot write the file: \(SafeTensors.describe(error))")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw fail("cannot move the finished file into place: \(reason)")
        }
    }
}
