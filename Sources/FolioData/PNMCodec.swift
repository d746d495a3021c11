/// Netpbm images: PGM (P2 text, P5 binary) and, since it costs nothing more, PPM (P3, P6).
/// Samples are rescaled to 0...255 (maxval ≤ 255) or 0...65535 (16-bit files).
enum PNMCodec {
    static func isPNM(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == UInt8(ascii: "P") && [UInt8(ascii: "2"), UInt8(ascii: "3"), UInt8(ascii: "5"), UInt8(ascii: "6")].contains(bytes[1])
    }

    static func decode(_ bytes: [UInt8], path: String) throws -> RasterImage {
        guard isPNM(bytes) else {
            throw DataError.malformed(path: path, location: "byte 0", reason: "not a PGM/PPM file (it should start with P2, P3, P5 or P6)")
        }
        let kind = bytes[1]
        let binary = kind == UInt8(ascii: "5") || kind == UInt8(ascii: "6")
        let channels = (kind == UInt8(ascii: "3") || kind == UInt8(ascii: "6")) ? 3 : 1
        var reader = TokenReader(bytes: bytes, position: 2, path: path)
        let width = try reader.integer("width")
        let height = try reader.integer("height")
        let maxval = try reader.integer("maximum value")
        guard width > 0, height > 0, width <= 1 << 15, height <= 1 << 15, width * height <= RasterImage.maximumPixelCount else {
            throw DataError.malformed(path: path, location: "", reason: "image size \(width) × \(height) is not supported (1...32768 per side, at most \(RasterImage.maximumPixelCount) pixels)")
        }
        guard (1...65535).contains(maxval) else {
            throw DataError.malformed(path: path, location: "", reason: "maximum value \(maxval) is outside 1...65535")
        }
        let count = width * height * channels
        // Text samples take at least two bytes each (a digit and a separator): a header promising
        // more than the file can hold is refused before allocating.
        let remaining = bytes.count - reader.position
        if !binary && count > (remaining + 1) / 2 {
            throw DataError.malformed(path: path, location: "byte \(bytes.count)", reason: "the file is truncated: \(width) × \(height) needs \(count) samples, the rest of the file cannot hold them")
        }
        if binary && remaining - 1 < count * (maxval > 255 ? 2 : 1) {
            throw DataError.malformed(path: path, location: "byte \(bytes.count)", reason: "the file is truncated: \(count * (maxval > 255 ? 2 : 1)) bytes of pixels expected after the header at byte \(reader.position + 1), \(max(0, remaining - 1)) found")
        }
        var raw = [Int](repeating: 0, count: count)
        if binary {
            // Exactly one whitespace byte separates the header from the binary samples.
            let start = reader.position + 1
            let bytesPerSample = maxval > 255 ? 2 : 1
            let needed = count * bytesPerSample
            guard bytes.count - start >= needed else {
                throw DataError.malformed(path: path, location: "byte \(bytes.count)", reason: "the file is truncated: \(needed) bytes of pixels expected after the header at byte \(start), \(max(0, bytes.count - start)) found")
            }
            for i in 0..<count {
                raw[i] = bytesPerSample == 1 ? Int(bytes[start + i])
                    : Int(bytes[start + 2 * i]) << 8 | Int(bytes[start + 2 * i + 1])
            }
        } else {
            for i in 0..<count { raw[i] = try reader.integer("pixel \(i / channels)") }
        }
        if let bad = raw.firstIndex(where: { $0 > maxval }) {
            throw DataError.malformed(path: path, location: "pixel \(bad / channels)", reason: "value \(raw[bad]) is above the file's maximum value \(maxval)")
        }
        let target: Float = maxval > 255 ? 65535 : 255
        let scale = target / Float(maxval)
        return RasterImage(unchecked: width, height, channels, target, raw.map { Float($0) * scale })
    }

    /// Whitespace-separated decimal integers with `#` comments, as in a Netpbm header.
    private struct TokenReader {
        let bytes: [UInt8]
        var position: Int
        let path: String

        mutating func integer(_ what: String) throws -> Int {
            skipSpaceAndComments()
            let start = position
            var value = 0
            while position < bytes.count, (48...57).contains(bytes[position]) {
                value = value * 10 + Int(bytes[position] - 48)
                if value > 1 << 20 { break }
                position += 1
            }
            guard position > start else {
                let found = position < bytes.count ? "'\(String(decoding: [bytes[position]], as: UTF8.self))'" : "the end of the file"
                throw DataError.malformed(path: path, location: "byte \(position)", reason: "expected the \(what) (a whole number), found \(found)")
            }
            return value
        }

        private mutating func skipSpaceAndComments() {
            while position < bytes.count {
                let b = bytes[position]
                if b == UInt8(ascii: "#") {
                    while position < bytes.count && bytes[position] != UInt8(ascii: "\n") { position += 1 }
                } else if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                    position += 1
                } else {
                    return
                }
            }
        }
    }
}
