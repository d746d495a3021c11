import Foundation

/// Reads what `BinaryWriter` wrote. Every read checks the remaining length first, so a truncated
/// or corrupt buffer throws `BinaryReader.Problem` instead of reading out of bounds.
public struct BinaryReader {
    public struct Problem: Error, CustomStringConvertible {
        public var description: String
        public init(description: String) { self.description = description }
    }

    private let data: Data
    private var offset: Int

    public init(_ data: Data) {
        self.data = data
        self.offset = data.startIndex
    }

    public var isAtEnd: Bool { offset == data.endIndex }

    private mutating func take(_ count: Int) throws -> Data {
        guard count >= 0, data.endIndex - offset >= count else {
            throw Problem(description: "truncated at byte \(offset - data.startIndex): \(count) bytes needed, \(data.endIndex - offset) left")
        }
        defer { offset += count }
        return data[offset..<(offset + count)]
    }

    public mutating func byte() throws -> UInt8 {
        let slice = try take(1)
        return slice[slice.startIndex]
    }

    public mutating func int() throws -> Int {
        let bits = try take(8).withUnsafeBytes { $0.loadUnaligned(as: Int64.self) }
        return Int(Int64(littleEndian: bits))
    }

    /// A count of items that are each at least `itemSize` bytes: refused if the buffer cannot hold them.
    public mutating func count(itemSize: Int = 1) throws -> Int {
        let value = try int()
        guard value >= 0, value <= (data.endIndex - offset) / max(1, itemSize) else {
            throw Problem(description: "a count of \(value) at byte \(offset - data.startIndex - 8) does not fit in the \(data.endIndex - offset) bytes left")
        }
        return value
    }

    public mutating func double() throws -> Double {
        let bits = try take(8).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        return Double(bitPattern: UInt64(littleEndian: bits))
    }

    public mutating func bool() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        case let other: throw Problem(description: "expected a boolean, found byte \(other)")
        }
    }

    public mutating func bytes() throws -> Data {
        Data(try take(try count()))
    }

    public mutating func string() throws -> String {
        let raw = try bytes()
        guard let text = String(data: raw, encoding: .utf8) else { throw Problem(description: "a string is not valid UTF-8") }
        return text
    }

    public mutating func strings() throws -> [String] {
        try (0..<count(itemSize: 8)).map { _ in try string() }
    }

    public mutating func ints() throws -> [Int] {
        try (0..<count(itemSize: 8)).map { _ in try int() }
    }

    public mutating func doubles() throws -> [Double] {
        try (0..<count(itemSize: 8)).map { _ in try double() }
    }

    public mutating func floats() throws -> [Float] {
        let n = try count(itemSize: 4)
        let raw = try take(n * 4)
        return [Float](unsafeUninitializedCapacity: n) { buffer, initialized in
            // Raw little-endian bits, as BinaryWriter.floats wrote them.
            raw.copyBytes(to: UnsafeMutableRawBufferPointer(buffer))
            initialized = n
        }
    }

    /// What `BinaryWriter.compactFloats` wrote: raw floats, or byte levels and their divisor.
    public mutating func compactFloats() throws -> [Float] {
        switch try byte() {
        case 0:
            return try floats()
        case 1:
            let divisor = try double()
            guard divisor == 1 || divisor == 255 else { throw Problem(description: "byte levels over \(divisor) (1 or 255 expected)") }
            let n = try count(itemSize: 1)
            let levels = try take(n)
            let scale = Float(divisor)
            return [Float](unsafeUninitializedCapacity: n) { buffer, initialized in
                levels.withUnsafeBytes { raw in
                    for index in 0..<n { buffer[index] = Float(raw[index]) / scale }
                }
                initialized = n
            }
        case let other:
            throw Problem(description: "unknown float encoding \(other)")
        }
    }

    public mutating func optional<T>(_ read: (inout BinaryReader) throws -> T) throws -> T? {
        try bool() ? read(&self) : nil
    }
}
