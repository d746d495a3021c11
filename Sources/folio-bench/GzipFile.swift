import CZlib

/// Reads a whole file through zlib's gz* API (which also passes plain, uncompressed files through).
enum GzipFile {
    struct ReadError: Error, CustomStringConvertible {
        let description: String
    }

    static func read(_ path: String) throws -> [UInt8] {
        guard let file = gzopen(path, "rb") else { throw ReadError(description: "cannot open \(path)") }
        defer { gzclose(file) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let read = chunk.withUnsafeMutableBytes { buffer in
                gzread(file, buffer.baseAddress, UInt32(buffer.count))
            }
            if read < 0 { throw ReadError(description: "\(path) is not a readable gzip file") }
            if read == 0 { break }
            result.append(contentsOf: chunk[0..<Int(read)])
        }
        return result
    }
}
