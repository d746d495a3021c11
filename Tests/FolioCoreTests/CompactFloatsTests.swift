import FolioCore
import XCTest

/// Byte-level float arrays in cache entries: a quarter of the size when every value is k / 1 or
/// k / 255, raw otherwise, and always the very same bits back.
final class CompactFloatsTests: XCTestCase {
    private func roundTrip(_ values: [Float]) throws -> (back: [Float], size: Int) {
        var writer = BinaryWriter()
        writer.compactFloats(values)
        var reader = BinaryReader(writer.data)
        let back = try reader.compactFloats()
        XCTAssertTrue(reader.isAtEnd)
        return (back, writer.data.count)
    }

    private func assertSameBits(_ a: [Float], _ b: [Float], line: UInt = #line) {
        XCTAssertEqual(a.map(\.bitPattern), b.map(\.bitPattern), line: line)
    }

    func testRawAndScaledPixelsTakeOneByteEach() throws {
        let raw: [Float] = (0..<1000).map { Float(($0 * 37) % 256) }
        let scaled = raw.map { $0 / 255 }
        for values in [raw, scaled] {
            let (back, size) = try roundTrip(values)
            assertSameBits(back, values)
            XCTAssertEqual(size, 1 + 8 + 8 + values.count, "tag, divisor, count, one byte per value")
        }
    }

    func testOtherFloatsStayRawAndExact() throws {
        let cases: [[Float]] = [
            [0.5, 0.25, 0.1],                      // 0.1 is no byte level
            (0..<10).map { Float($0) / 255 - 0.2 }, // standardized: negative values
            [0, 256],                              // beyond a byte
            [0, -0.0],                             // -0 must come back as -0
            [0, .nan], [.infinity],
        ]
        for values in cases {
            let (back, size) = try roundTrip(values)
            assertSameBits(back, values)
            XCTAssertEqual(size, 1 + 8 + 4 * values.count, "\(values) should be stored raw")
        }
        XCTAssertEqual(try roundTrip([]).back, [])
    }

    func testDamagedEncodingsThrow() throws {
        var writer = BinaryWriter()
        writer.compactFloats([0, 1, 2, 255])
        var unknown = writer.data
        unknown[unknown.startIndex] = 7
        var badDivisor = writer.data
        badDivisor[badDivisor.startIndex + 1] ^= 0x40
        for damaged in [unknown, badDivisor, writer.data.prefix(writer.data.count - 1)] {
            var reader = BinaryReader(damaged)
            XCTAssertThrowsError(try reader.compactFloats())
        }
    }
}
