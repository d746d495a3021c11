/// A minimal PNG writer independent of libpng (stored deflate blocks, no gAMA/sRGB chunks), to
/// check how files written by other tools decode.
enum HandMadePNG {
    /// `colorType` 0 = grey, 2 = RGB, 4 = grey+alpha, 6 = RGBA; samples big-endian when 16-bit.
    static func encode(width: Int, height: Int, bitDepth: UInt8, colorType: UInt8, samples: [Int]) -> [UInt8] {
        let channels = [0: 1, 2: 3, 4: 2, 6: 4][Int(colorType)] ?? 1
        let bytesPerSample = bitDepth == 16 ? 2 : 1
        var raw = [UInt8]()
        for y in 0..<height {
            raw.append(0)  // filter: none
            for i in 0..<(width * channels) {
                let v = samples[y * width * channels + i]
                if bytesPerSample == 2 { raw += [UInt8(v >> 8 & 0xff), UInt8(v & 0xff)] } else { raw.append(UInt8(v & 0xff)) }
            }
        }
        var header = be32(width) + be32(height)
        header += [bitDepth, colorType, 0, 0, 0]
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
            + chunk("IHDR", header) + chunk("IDAT", zlibStored(raw)) + chunk("IEND", [])
    }

    private static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let n = min(65535, data.count - offset)
            let final: UInt8 = offset + n == data.count ? 1 : 0
            out += [final, UInt8(n & 0xff), UInt8(n >> 8), UInt8(~n & 0xff), UInt8((~n >> 8) & 0xff)]
            out += data[offset..<offset + n]
            offset += n
        } while offset < data.count
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in data { a = (a + UInt32(byte)) % 65521; b = (b + a) % 65521 }
        return out + be32(Int(b << 16 | a))
    }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typed = Array(type.utf8) + data
        return be32(data.count) + typed + be32(Int(crc32(typed)))
    }

    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    private static func be32(_ v: Int) -> [UInt8] {
        [UInt8(v >> 24 & 0xff), UInt8(v >> 16 & 0xff), UInt8(v >> 8 & 0xff), UInt8(v & 0xff)]
    }
}
