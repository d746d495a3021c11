import CZlib

/// Inflates gzip data with zlib: multi-member streams (as `cat a.gz b.gz` makes), and clear errors
/// with byte offsets for truncated or corrupt input.
public enum Gzip {
    /// Decompressed output is capped so a hostile file cannot exhaust memory.
    public static let maximumOutputBytes = 1 << 33

    /// True when the bytes start with the gzip magic number.
    public static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b
    }

    /// Inflates every gzip member in `bytes`; `path` only names the file in errors.
    public static func inflate(_ bytes: [UInt8], path: String) throws -> [UInt8] {
        guard isGzip(bytes) else {
            throw DataError.corruptGzip(path: path, byteOffset: 0, reason: "missing the gzip magic bytes 1f 8b")
        }
        // Inflate straight into one buffer (sized from the trailer's hint, grown by doubling)
        // rather than through a bounce buffer: this is most of the cost of loading MNIST.
        var output = [UInt8](repeating: 0, count: max(sizeHint(bytes), 1 << 16))
        var used = 0
        var memberStart = 0
        while memberStart < bytes.count {
            let consumed = try inflateMember(bytes, from: memberStart, into: &output, used: &used, path: path)
            memberStart += consumed
            // Another member follows only if it starts with the magic bytes; zero padding (written
            // by some tape and block tools) ends the data, anything else is damage.
            let rest = bytes[memberStart...]
            if rest.isEmpty || rest.allSatisfy({ $0 == 0 }) { break }
            if !(rest.count >= 2 && rest[rest.startIndex] == 0x1f && rest[rest.startIndex + 1] == 0x8b) {
                throw DataError.corruptGzip(path: path, byteOffset: memberStart, reason: "unexpected bytes after the end of the gzip stream")
            }
        }
        output.removeLast(output.count - used)
        return output
    }

    /// Compresses `bytes` into a single gzip member (for writing `.gz` files and test fixtures).
    public static func deflate(_ bytes: [UInt8], level: Int32 = 6) throws -> [UInt8] {
        var stream = z_stream()
        // 16 + MAX_WBITS: write a gzip header and trailer; memory level 8 is zlib's default.
        let initStatus = deflateInit2_(&stream, level, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY,
                                       ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard initStatus == Z_OK else {
            throw DataError.invalidArgument("zlib could not start compressing (status \(initStatus))")
        }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))) + 32)
        var input = bytes
        let status: Int32 = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = UInt32(clamping: source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = UInt32(clamping: target.count)
                return CZlib.deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else {
            throw DataError.invalidArgument("zlib could not compress \(bytes.count) bytes (status \(status))")
        }
        return Array(output.prefix(Int(stream.total_out)))
    }

    /// The uncompressed size recorded in the last member's trailer (modulo 2^32), used only as
    /// a capacity hint.
    private static func sizeHint(_ bytes: [UInt8]) -> Int {
        guard bytes.count >= 18 else { return 0 }
        let n = bytes.count
        let recorded = Int(bytes[n - 4]) | Int(bytes[n - 3]) << 8 | Int(bytes[n - 2]) << 16 | Int(bytes[n - 1]) << 24
        // Deflate expands at most about 1032:1, so a larger recorded size is a lie (a damaged or
        // hostile trailer) and must not make a tiny file allocate a gigabyte up front.
        return min(recorded, 1 << 30, n * 1032)
    }

    /// Inflates one member starting at `start` into `output` from index `used` on (growing it
    /// as needed); returns the input bytes consumed.
    private static func inflateMember(_ bytes: [UInt8], from start: Int, into output: inout [UInt8], used: inout Int,
                                      path: String) throws -> Int {
        var stream = z_stream()
        // 16 + MAX_WBITS: expect a gzip header and trailer (CRC-32 and size are checked by zlib).
        let initStatus = inflateInit2_(&stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard initStatus == Z_OK else {
            throw DataError.corruptGzip(path: path, byteOffset: start, reason: "zlib could not start (status \(initStatus))")
        }
        defer { inflateEnd(&stream) }

        let inputCount = bytes.count - start
        var status: Int32 = Z_OK
        try bytes.withUnsafeBufferPointer { input in
            guard let base = input.baseAddress else { return }
            stream.next_in = UnsafeMutablePointer(mutating: base + start)
            // zlib counts input in UInt32; members larger than 4 GiB are not expected here.
            stream.avail_in = UInt32(clamping: inputCount)
            repeat {
                if used == output.count {
                    guard output.count < maximumOutputBytes else {
                        throw DataError.corruptGzip(path: path, byteOffset: start + Int(stream.total_in), reason: "it inflates to more than \(maximumOutputBytes) bytes")
                    }
                    output.append(contentsOf: repeatElement(0, count: output.count))
                }
                let offset = used
                let produced: Int = output.withUnsafeMutableBufferPointer { out in
                    guard let outBase = out.baseAddress else { return 0 }
                    let room = UInt32(clamping: out.count - offset)
                    stream.next_out = outBase + offset
                    stream.avail_out = room
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    return Int(room - stream.avail_out)
                }
                used += produced
                switch status {
                case Z_OK, Z_STREAM_END:
                    break
                case Z_BUF_ERROR where stream.avail_in == 0:
                    // No input left and no end marker: the stream is cut short.
                    throw DataError.truncatedGzip(path: path, byteOffset: bytes.count)
                case Z_BUF_ERROR:
                    continue
                default:
                    let reason = stream.msg.map { String(cString: $0) } ?? "zlib status \(status)"
                    throw DataError.corruptGzip(path: path, byteOffset: start + Int(stream.total_in), reason: reason)
                }
                if status == Z_OK && stream.avail_in == 0 && produced == 0 {
                    throw DataError.truncatedGzip(path: path, byteOffset: bytes.count)
                }
            } while status != Z_STREAM_END
        }
        return Int(stream.total_in)
    }
}
