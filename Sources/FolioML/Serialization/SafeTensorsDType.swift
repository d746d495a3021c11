/// Element types Folio reads from safetensors files. Folio writes F32 only; the others are read
/// (and converted to Float) so weights saved by other tools in those types still load.
enum SafeTensorsDType: String, CaseIterable {
    case f32 = "F32"
    case f16 = "F16"
    case f64 = "F64"
    case i64 = "I64"

    var byteSize: Int {
        switch self {
        case .f16: return 2
        case .f32: return 4
        case .f64, .i64: return 8
        }
    }

    static var supportedList: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Reads `count` little-endian elements starting at `offset` of `bytes` as Floats.
    func decode(_ bytes: UnsafeRawBufferPointer, offset: Int, count: Int) -> [Float] {
        var values = [Float](repeating: 0, count: count)
        values.withUnsafeMutableBufferPointer { out in
            switch self {
            case .f32:
                #if _endian(little)
                if let target = out.baseAddress, let source = bytes.baseAddress, count > 0 {
                    UnsafeMutableRawPointer(target).copyMemory(from: source + offset, byteCount: count * 4)
                }
                #else
                for i in 0..<count {
                    let bits = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + i * 4, as: UInt32.self))
                    out[i] = Float(bitPattern: bits)
                }
                #endif
            case .f16:
                for i in 0..<count {
                    let bits = UInt16(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + i * 2, as: UInt16.self))
                    out[i] = SafeTensorsDType.halfToFloat(bits)
                }
            case .f64:
                for i in 0..<count {
                    let bits = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + i * 8, as: UInt64.self))
                    out[i] = Float(Double(bitPattern: bits))
                }
            case .i64:
                for i in 0..<count {
                    let bits = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + i * 8, as: UInt64.self))
                    out[i] = Float(Int64(bitPattern: bits))
                }
            }
        }
        return values
    }

    /// IEEE 754 half precision to Float, by hand: Float16 is not available on every platform.
    static func halfToFloat(_ bits: UInt16) -> Float {
        let sign: Float = bits & 0x8000 == 0 ? 1 : -1
        let exponent = Int((bits >> 10) & 0x1F)
        let fraction = Float(bits & 0x3FF)
        switch exponent {
        case 0: return sign * fraction * 0x1p-24
        case 31: return fraction == 0 ? sign * .infinity : .nan
        default: return sign * (1 + fraction / 1024) * Float(sign: .plus, exponent: exponent - 15, significand: 1)
        }
    }
}
