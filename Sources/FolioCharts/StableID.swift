/// Element ids derived from content (FNV-1a, 64 bit), so the same chart always gets the same id
/// and two different charts on one page almost never share one.
enum StableID {
    static func make(prefix: String = "folio", content: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in content.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return prefix + "-" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Keeps an explicit id usable as an XML id: letters, digits, "-", "_", "."; must not start
    /// with a digit.
    static func sanitized(_ id: String) -> String {
        var result = String(id.unicodeScalars.filter { scalar in
            (scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)))
                || scalar == "-" || scalar == "_" || scalar == "."
        }.map(Character.init))
        if result.isEmpty || result.first?.isNumber == true || result.first == "-" || result.first == "." {
            result = "c" + result
        }
        return result
    }
}
