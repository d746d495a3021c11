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

    static let magic = Data("FOLIO-CELL-CACHE 3\n".utf8)
    static let formatVersion = 3

    /// The file: magic, the length and checksum of the description (everything but the values),
    /// the description, then the values' checksum and the values. A lookup reads only the
    /// description; the values are read, checked and decoded when a later cell needs them.
    func encoded() throws -> Data {
        var description = BinaryWriter()
        description.int(Self.formatVersion)
        description.string(baseKey)
        description.string(effectiveKey)
        description.double(duration)
        description.bytes(try JSONEncoder().encode(outputs))
        for files in [filesRead, filesWritten] {
            description.int(files.count)
            for file in files {
                description.string(file.path)
                description.string(file.digest)
            }
        }
        description.strings(touched)
        description.int(values.count)
        description.string(ContentHash.hex(values))
        var file = BinaryWriter()
        file.bytes(Self.magic)
        file.string(ContentHash.hex(description.data))
        file.bytes(description.data)
        var data = file.data
        data.append(values)
        return data
    }

    /// Reads the description at the start of `url`; `values` stays empty until `loadValues`.
    /// Throws when the file is not an entry, is truncated, or fails its checksum.
    static func readDescription(from url: URL) throws -> (entry: CacheEntry, valuesOffset: Int, valuesChecksum: String) {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        return try readDescription(from: handle)
    }

    /// The same, from a file already open (so the caller knows which version of the file it read).
    static func readDescription(from handle: FileHandle) throws -> (entry: CacheEntry, valuesOffset: Int, valuesChecksum: String) {
        let fileSize = try handle.seekToEnd()
        try handle.seek(toOffset: 0)
        let headerSize = 8 + magic.count + 8 + 32 + 8
        guard let header = try handle.read(upToCount: headerSize), header.count == headerSize else {
            throw BinaryReader.Problem(description: "truncated header")
        }
        var reader = BinaryReader(header)
        guard try reader.bytes() == magic else { throw BinaryReader.Problem(description: "not a Folio cache entry of this version") }
        let checksum = try reader.string()
        let descriptionSize = try reader.int()
        guard descriptionSize >= 0, UInt64(headerSize) + UInt64(descriptionSize) <= fileSize else {
            throw BinaryReader.Problem(description: "truncated description")
        }
        guard let descriptionData = try handle.read(upToCount: descriptionSize), descriptionData.count == descriptionSize,
              ContentHash.hex(descriptionData) == checksum else {
            throw BinaryReader.Problem(description: "checksum mismatch (the entry is corrupt)")
        }
        var payload = BinaryReader(descriptionData)
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
        let valuesSize = try payload.int()
        let valuesChecksum = try payload.string()
        let valuesOffset = headerSize + descriptionSize
        guard valuesSize >= 0, UInt64(valuesOffset) + UInt64(valuesSize) == fileSize else {
            throw BinaryReader.Problem(description: "the values are truncated")
        }
        let entry = CacheEntry(baseKey: baseKey, effectiveKey: effectiveKey, duration: duration, outputs: outputs,
                               filesRead: fileLists[0], filesWritten: fileLists[1], touched: touched, values: Data())
        return (entry, valuesOffset, valuesChecksum)
    }

    /// The values of the entry at `url`, checked against their checksum.
    static func loadValues(from url: URL, offset: Int, checksum: String) throws -> Data {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        return try loadValues(from: handle, offset: offset, checksum: checksum)
    }

    static func loadValues(from handle: FileHandle, offset: Int, checksum: String) throws -> Data {
        try handle.seek(toOffset: UInt64(offset))
        let values = try handle.readToEnd() ?? Data()
        guard ContentHash.hex(values) == checksum else {
            throw BinaryReader.Problem(description: "the values fail their checksum (the entry is corrupt)")
        }
        return values
    }
}
