import Foundation

/// A fast 128-bit checksum of bytes, for spotting corrupt or truncated cache entries. It is not
/// cryptographic: cache keys and file digests use SHA256; this only has to catch accidents, on
/// hundreds of megabytes, in a fraction of a second.
public enum ContentHash {
    /// 32 lowercase hex characters.
    public static func hex(_ data: Data) -> String {
        let (a, b) = hash(data)
        return String(format: "%016llx%016llx", a, b)
    }

    public static func hash(_ data: Data) -> (UInt64, UInt64) {
        var a: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(data.count)
        var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F
        data.withUnsafeBytes { raw in
            let words = raw.count / 8
            var offset = 0
            for _ in 0..<words {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                a = (a ^ word) &* 0x0000_0100_0000_01B3
                a = (a << 29) | (a >> 35)
                b = (b &+ word) &* 0xFF51_AFD7_ED55_8CCD
                b ^= b >> 31
                offset += 8
            }
            while offset < raw.count {
                let byte = UInt64(raw[offset])
                a = (a ^ byte) &* 0x0000_0100_0000_01B3
                b = (b &+ byte) &* 0xFF51_AFD7_ED55_8CCD
                offset += 1
            }
        }
        // Final mixing so that nearby inputs differ in every bit.
        for _ in 0..<2 {
            a ^= a >> 33; a = a &* 0xFF51_AFD7_ED55_8CCD
            b ^= b >> 33; b = b &* 0xC4CE_B9FE_1A85_EC53
            a ^= b; b ^= a >> 17
        }
        return (a, b)
    }
}
