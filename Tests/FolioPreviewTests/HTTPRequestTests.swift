@testable import FolioPreview
import XCTest

final class HTTPRequestTests: XCTestCase {
    private func parse(_ text: String) throws -> HTTPRequest {
        try HTTPRequest.parse(head: Array(text.utf8))
    }

    func testParsesTheRequestLineAndHeaders() throws {
        let request = try parse("GET /report.html?x=1 HTTP/1.1\r\nHost: 127.0.0.1:4242\r\nAccept:  text/html \r\n\r\n")
        XCTAssertEqual(request.method, "GET")
        XCTAssertEqual(request.target, "/report.html?x=1")
        XCTAssertEqual(request.version, "HTTP/1.1")
        XCTAssertEqual(request.header("host"), "127.0.0.1:4242")
        XCTAssertEqual(request.header("ACCEPT"), "text/html")
        XCTAssertNil(request.header("Cookie"))
    }

    func testMalformedRequestsAreRejected() {
        for text in ["GARBAGE\r\n\r\n", "GET /\r\n\r\n", "GET  / HTTP/1.1\r\n\r\n", "GET / HTTP/2.0\r\n\r\n",
                     "get / HTTP/1.1\r\n\r\n", "GET / HTTP/1.1\r\nNoColon\r\n\r\n", "GET / HTTP/1.1\r\nBad Name: x\r\n\r\n",
                     "GET /a\u{7}b HTTP/1.1\r\n\r\n", "\r\n\r\n"] {
            XCTAssertThrowsError(try parse(text), text.debugDescription) { error in
                guard case HTTPRequest.ParseError.malformed = error else { return XCTFail("\(error)") }
            }
        }
        XCTAssertThrowsError(try HTTPRequest.parse(head: [0xFF, 0xFE, 0x0D, 0x0A, 0x0D, 0x0A]))
    }

    func testHugeHeadsAreTooLarge() {
        let many = "GET / HTTP/1.1\r\n" + String(repeating: "X-A: b\r\n", count: 200) + "\r\n"
        XCTAssertThrowsError(try parse(many)) { XCTAssertEqual($0 as? HTTPRequest.ParseError, .tooLarge) }
        let long = "GET / HTTP/1.1\r\nX-A: " + String(repeating: "a", count: 20_000) + "\r\n\r\n"
        XCTAssertThrowsError(try parse(long)) { XCTAssertEqual($0 as? HTTPRequest.ParseError, .tooLarge) }
    }

    func testFindsTheEndOfTheHead() {
        XCTAssertNil(HTTPRequest.headEnd(in: Array("GET / HTTP/1.1\r\nHost: x\r\n".utf8)))
        XCTAssertEqual(HTTPRequest.headEnd(in: Array("GET / HTTP/1.1\r\n\r\nbody".utf8)), 18)
    }
}
