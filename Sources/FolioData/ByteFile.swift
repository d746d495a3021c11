import Foundation

/// Reads whole files as bytes, inflating gzip transparently.
enum ByteFile {
    /// The raw bytes of the file at `path`.
    static func read(_ path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DataError.unreadableFile(path: path, reason: "no such file")
        }
        if isDirectory.boolValue {
            throw DataError.unreadableFile(path: path, reason: "it is a folder, not a file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DataError.unreadableFile(path: path, reason: "permission denied or I/O error")
        }
        return [UInt8](data)
    }

    /// The file's content, inflated when it is gzip (detected by its magic bytes, not its name).
    static func readInflating(_ path: String) throws -> [UInt8] {
        let bytes = try read(path)
        if Gzip.isGzip(bytes) {
            return try Gzip.inflate(bytes, path: path)
        }
        if path.hasSuffix(".gz") {
            throw DataError.corruptGzip(path: path, byteOffset: 0, reason: "the name ends in .gz but the file does not start with the gzip magic bytes 1f 8b")
        }
        return bytes
    }
}
