import Foundation
import FolioCore

/// What a cell left behind when it ran: its outputs, the files it read and wrote (with digests),
/// the names it touched and their values. Stored checksummed; a corrupt entry fails to decode.
struct CacheEntry {
    struct FileStamp: Equatable {
        /// Relative to the project root when inside it, absolute otherwise.
        var path: String
        var digest: String
    }

    var baseKey: String
    /// The base key plus the digests of the files read: what downstream cells depend on.
    var effectiveKey: String
    var duration: Double
    var outputs: [Output]
    var filesRead: [FileStamp]
    var filesWritten: [FileStamp]
    /// Names whose values are in `values` (bound, used or aliased by the cell).
    var touched: [String]
    /// A `ValueArchive` of the touched names.
    var values: Data

    static let magic = Data("FOLIO-CELL-CACHE\n".utf8)
    static let formatVersion = 1

    func encoded() throws -> Data {
        var payload = BinaryWriter()
        payload.int(Self.formatVersion)
        payload.string(baseKey)
        payload.string(effectiveKey)
        payload.double(duration)
        payload.bytes(try JSONEncoder().encode(outputs))
        for files in [filesRead, filesWritten] {
            payload.int(files.count)
            for file in files {
                payload.string(file.path)
                payload.string(file.digest)
            }
        }
        payload.strings(touched)
        payload.bytes(values)
        var file = BinaryWriter()
        file.bytes(Self.magic)
        file.string(ContentHash.hex(payload.data))
        file.bytes(payload.data)
        return file.data
    }

    /// Throws when the bytes are not an entry, are truncated, or fail their checksum.
    static func decode(_ data: Data) throws -> CacheEntry {
        var file = BinaryReader(data)
        guard try file.bytes() == magic else { throw BinaryReader.Problem(description: "not a Folio cache entry") }
        let checksum = try file.string()
        let payloadData = try file.bytes()
        guard ContentHash.hex(payloadData) == checksum else {
            throw BinaryReader.Problem(description: "checksum mismatch (the entry is corrupt)")
        }
        var payload = BinaryReader(payloadData)
        let version = try payload.int()
        guard version == formatVersion else { throw BinaryReader.Problem(description: "entry format \(version), expected \(formatVersion)") }
        let baseKey = try payload.string()
        let effectiveKey = try payload.string()
        let duration = try payload.double()
        let outputs = try JSONDecoder().decode([Output].self, from: payload.bytes())
        var fileLists: [[FileStamp]] = []
        for _ in 0..<2 {
            fileLists.append(try (0..<payload.count(itemSize: 16)).map { _ in
                FileStamp(path: try payload.string(), digest: try payload.string())
            })
        }
        let touched = try payload.strings()
        let values = try payload.bytes()
        return CacheEntry(baseKey: baseKey, effectiveKey: effectiveKey, duration: duration, outputs: outputs,
                          filesRead: fileLists[0], filesWritten: fileLists[1], touched: touched, values: values)
    }
}
