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

    public mutating func optional<T>(_ value: T?, _ write: (inout BinaryWriter, T) -> Void) {
        guard let value else { return bool(false) }
        bool(true)
        write(&self, value)
    }
}
