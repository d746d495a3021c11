import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// A scratch folder per test, removed afterwards.
final class Scratch {
    let url: URL
    init() throws {
        let raw = FileManager.default.temporaryDirectory.appendingPathComponent("folio-preview-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: raw, withIntermediateDirectories: true)
        // The real path, so comparisons with resolved paths hold where /tmp is a symlink.
        url = URL(fileURLWithPath: raw.resolvingSymlinksInPath().path)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }
}

/// A blocking HTTP client on a raw socket, so tests can send exactly the bytes they mean,
/// malformed ones included.
struct RawClient {
    let port: Int

    struct Reply {
        var status: Int
        var head: String
        var body: String
        func header(_ name: String) -> String? {
            for line in head.components(separatedBy: "\r\n") {
                let parts = line.split(separator: ":", maxSplits: 1)
                if parts.count == 2, parts[0].lowercased() == name.lowercased() {
                    return parts[1].trimmingCharacters(in: .whitespaces)
                }
            }
            return nil
        }
    }

    /// One request on its own connection: `Connection: close` asks the server (HTTP/1.1 keeps
    /// connections open otherwise) to close it after the answer, which is where reading ends.
    func get(_ target: String, method: String = "GET") throws -> Reply {
        try send("\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n")
    }

    /// Sends `raw`, reads until the server closes, and parses the status line.
    func send(_ raw: String, halfClose: Bool = false) throws -> Reply {
        let socket = try connect()
        defer { close(socket) }
        let bytes = Array(raw.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, bytes.count, Int32(MSG_NOSIGNAL)) }
        if halfClose { shutdown(socket, Int32(SHUT_WR)) }
        let text = String(decoding: readAll(socket, seconds: 5), as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { throw ClientError.noResponse(text) }
        let head = String(text[..<split.lowerBound])
        let statusText = head.split(separator: " ").dropFirst().first.map(String.init) ?? ""
        guard let status = Int(statusText) else { throw ClientError.noResponse(text) }
        return Reply(status: status, head: head, body: String(text[split.upperBound...]))
    }

    func connect() throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw ClientError.cannotConnect }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { close(socket); throw ClientError.cannotConnect }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        _ = setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        return socket
    }

    func readAll(_ socket: Int32, seconds: Int) -> [UInt8] {
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, 4096, 0) }
            if count <= 0 { break }
            out += buffer[0..<count]
        }
        return out
    }

    /// Reads from an open stream until `text` appears or `seconds` pass; returns all that was read.
    func read(_ socket: Int32, until text: String, seconds: TimeInterval) -> String {
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        _ = setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let deadline = Date().addingTimeInterval(seconds)
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date() < deadline {
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, 4096, 0) }
            if count > 0 { received += buffer[0..<count] }
            if count == 0 { break }
            if String(decoding: received, as: UTF8.self).contains(text) { break }
        }
        return String(decoding: received, as: UTF8.self)
    }

    enum ClientError: Error { case cannotConnect, noResponse(String) }
}
