import XCTest
@testable import FolioData

final class GzipTests: XCTestCase {
    let text = Array(String(repeating: "0,0,12,255,7\n", count: 2000).utf8)

    func testRoundTrip() throws {
        let packed = try Gzip.deflate(text)
        XCTAssertTrue(Gzip.isGzip(packed))
        XCTAssertLessThan(packed.count, text.count / 10)
        XCTAssertEqual(try Gzip.inflate(packed, path: "x.gz"), text)
    }

    func testMultiMemberStreamsAreConcatenated() throws {
        let first = Array("hello ".utf8), second = Array("world".utf8)
        let packed = try Gzip.deflate(first) + Gzip.deflate(second)
        XCTAssertEqual(try Gzip.inflate(packed, path: "two.gz"), first + second)
    }

    func testTrailingZeroPaddingIsIgnored() throws {
        let packed = try Gzip.deflate(text) + [UInt8](repeating: 0, count: 512)
        XCTAssertEqual(try Gzip.inflate(packed, path: "padded.gz"), text)
    }

    func testTruncatedStreamNamesFileAndOffset() throws {
        let packed = try Gzip.deflate(text)
        let cut = Array(packed.prefix(packed.count / 2))
        assertDataError(try Gzip.inflate(cut, path: "data/cut.csv.gz"),
                        contains: ["data/cut.csv.gz", "truncated", "byte \(cut.count)"])
    }

    func testTruncatedTrailerIsReported() throws {
        let packed = try Gzip.deflate(text)
        assertDataError(try Gzip.inflate(Array(packed.dropLast(3)), path: "t.gz"), contains: ["t.gz", "truncated"])
    }

    func testCorruptStreamNamesFileAndOffset() throws {
        var packed = try Gzip.deflate(Array((0..<20000).map { UInt8(truncatingIfNeeded: $0 &* 7919 >> 3) }))
        for i in 20..<40 { packed[i] ^= 0xA5 }
        do {
            _ = try Gzip.inflate(packed, path: "bad.gz")
            XCTFail("corrupt data inflated")
        } catch let DataError.corruptGzip(path, offset, reason) {
            XCTAssertEqual(path, "bad.gz")
            XCTAssertGreaterThanOrEqual(offset, 10)
            XCTAssertLessThan(offset, packed.count)
            XCTAssertFalse(reason.isEmpty)
            XCTAssertTrue(DataError.corruptGzip(path: path, byteOffset: offset, reason: reason).description.contains("corrupt at byte \(offset)"))
        }
    }

    func testGarbageAfterStreamIsReported() throws {
        let packed = try Gzip.deflate(text)
        assertDataError(try Gzip.inflate(packed + Array("junk".utf8), path: "g.gz"),
                        contains: ["g.gz", "byte \(packed.count)", "after the end"])
    }

    func testGzNameWithoutGzipContent() throws {
        let fixtures = try Fixtures()
        let path = try fixtures.write("plain.csv.gz", text: "1,2,3\n")
        assertDataError(try ByteFile.readInflating(path), contains: ["plain.csv.gz", "1f 8b"])
    }
}
