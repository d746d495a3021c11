import Foundation

/// Appends little-endian numbers, length-prefixed strings and raw float arrays to a byte buffer:
/// the encoding of cache entries, read back by `BinaryReader`.
public struct BinaryWriter {
    public private(set) var data = Data()

    public init() {}

    public mutating func byte(_ value: UInt8) { data.append(value) }

    public mutating func int(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { data.append(contentsOf: $0) }
    }

    public mutating func double(_ value: Double) {
        withUnsafeBytes(of: value.bitPattern.littleEndian) { data.append(contentsOf: $0) }
    }

    public mutating func bool(_ value: Bool) { byte(value ? 1 : 0) }

    public mutating func string(_ value: String) { bytes(Data(value.utf8)) }

    public mutating func bytes(_ value: Data) {
        int(value.count)
        data.append(value)
    }

    public mutating func strings(_ values: [String]) {
        int(values.count)
        for value in values { string(value) }
    }

    public mutating func ints(_ values: [Int]) {
        int(values.count)
        for value in values { int(value) }
    }

    public mutating func doubles(_ values: [Double]) {
        int(values.count)
        for value in values { double(value) }
    }

    /// Floats as raw little-endian IEEE bits, in one copy (Linux and macOS targets are little-endian).
    public mutating func floats(_ values: [Float]) {
        int(values.count)
        values.withUnsafeBytes { data.append(contentsOf: $0) }
    }

    /// Floats that are all byte levels, k / divisor for k in 0...255 (raw pixels, divisor 1; pixels
    /// scaled to 0...1, divisor 255), as one byte each: a quarter of the size, exactly the same
    /// values back. Any other floats are written raw. Read by `BinaryReader.compactFloats`.
    public mutating func compactFloats(_ values: [Float]) {
        let divisor: Float = values.allSatisfy { $0 <= 1 } ? 255 : 1
        var levels = [UInt8](repeating: 0, count: values.count)
        let exact = levels.withUnsafeMutableBufferPointer { out in
            values.withUnsafeBufferPointer { source in
                for index in source.indices {
                    let scaled = (source[index] * divisor).rounded()
                    guard scaled >= 0, scaled <= 255 else { return false }
                    let level = UInt8(scaled)
                    // The check that makes it lossless: the byte must give back the very same float.
                    // (Bit for bit, so -0 is not turned into 0.)
                    guard (Float(level) / divisor).bitPattern == source[index].bitPattern else { return false }
                    out[index] = level
                }
                return true
            }
        }
        guard exact else {
            byte(0)
            return floats(values)
        }
        byte(1)
        double(Double(divisor))
        int(levels.count)
        levels.withUnsafeBytes { data.append(contentsOf: $0) }
    }

    public mutating func optional<T>(_ value: T?, _ write: (inout BinaryWriter, T) -> Void) {
        guard let value else { return bool(false) }
        bool(true)
        write(&self, value)
    }
}
