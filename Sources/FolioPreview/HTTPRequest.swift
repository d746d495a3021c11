import Foundation

/// The head of an HTTP/1.x request: request line and headers. Bodies are never read: the
/// preview answers GET and HEAD only.
public struct HTTPRequest {
    public var method: String
    public var target: String
    public var version: String
    public var headers: [(name: String, value: String)]

    /// The first header of that name, compared case-insensitively as HTTP requires.
    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }

    /// Largest request head accepted; browsers send a few hundred bytes.
    public static let maximumHeadSize = 16 * 1024
    static let maximumHeaderCount = 100

    public enum ParseError: Error, Equatable {
        case malformed(String)
        case tooLarge
    }

    /// Parses the bytes before the blank line that ends the head.
    public static func parse(head: [UInt8]) throws -> HTTPRequest {
        guard head.count <= maximumHeadSize else { throw ParseError.tooLarge }
        guard let text = String(bytes: head, encoding: .utf8) else { throw ParseError.malformed("not UTF-8") }
        var lines = text.components(separatedBy: "\r\n")
        while lines.last == "" { lines.removeLast() }
        guard let requestLine = lines.first else { throw ParseError.malformed("empty request") }

        let parts = requestLine.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3 else { throw ParseError.malformed("request line is not 'METHOD TARGET HTTP/1.x'") }
        let (method, target, version) = (parts[0], parts[1], parts[2])
        guard !method.isEmpty, method.unicodeScalars.allSatisfy({ $0.properties.isUppercase || $0 == "-" }) else {
            throw ParseError.malformed("bad method")
        }
        guard !target.isEmpty, target.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F }) else {
            throw ParseError.malformed("bad request target")
        }
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else { throw ParseError.malformed("unsupported version") }

        let headerLines = lines.dropFirst()
        guard headerLines.count <= maximumHeaderCount else { throw ParseError.tooLarge }
        var headers: [(name: String, value: String)] = []
        for line in headerLines {
            guard let colon = line.firstIndex(of: ":") else { throw ParseError.malformed("header without ':'") }
            let name = String(line[..<colon])
            guard !name.isEmpty, !name.contains(" "), !name.contains("\t") else { throw ParseError.malformed("bad header name") }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers.append((name, value))
        }
        return HTTPRequest(method: method, target: target, version: version, headers: headers)
    }

    /// Where the head ends (index just past "\r\n\r\n"), if it has arrived.
    static func headEnd(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for index in 0...(bytes.count - 4)
        where bytes[index] == 13 && bytes[index + 1] == 10 && bytes[index + 2] == 13 && bytes[index + 3] == 10 {
            return index + 4
        }
        return nil
    }
}
