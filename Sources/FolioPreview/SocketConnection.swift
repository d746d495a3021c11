import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One accepted TCP connection. Every send and receive is bounded by timeouts, so a client that
/// stops reading or writing can hold a thread for a few seconds at most, never forever.
final class SocketConnection {
    let descriptor: Int32
    private let lock = NSLock()
    private var closed = false

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit { close() }

    func setTimeouts(receive: TimeInterval, send: TimeInterval) {
        Self.setTimeout(descriptor, option: SO_RCVTIMEO, seconds: receive)
        Self.setTimeout(descriptor, option: SO_SNDTIMEO, seconds: send)
    }

    /// Sends every byte; false when the peer is gone or too slow (the caller then drops it).
    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return -1 }
                return sendBytes(descriptor, base + offset, bytes.count - offset)
            }
            if sent < 0, errno == EINTR { continue }
            if sent <= 0 { return false }
            offset += sent
        }
        return true
    }

    /// Up to `limit` bytes; nil at end of stream, on a timeout or an error.
    func receive(limit: Int) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: limit)
        while true {
            let count = buffer.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return -1 }
                return recv(descriptor, base, limit, 0)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return nil }
            return Array(buffer[0..<count])
        }
    }

    /// Says "no more from us" and reads what the client still sends for a moment, so the client
    /// sees the whole response instead of a reset caused by unread bytes (e.g. a POST body).
    func finish() {
        shutdown(descriptor, Int32(SHUT_WR))
        Self.setTimeout(descriptor, option: SO_RCVTIMEO, seconds: 0.2)
        var drained = 0
        while drained < 65_536, let bytes = receive(limit: 4096) { drained += bytes.count }
        close()
    }

    func close() {
        lock.lock()
        defer { lock.unlock() }
        guard !closed else { return }
        closed = true
        closeDescriptor(descriptor)
    }

    static func setTimeout(_ descriptor: Int32, option: Int32, seconds: TimeInterval) {
        let whole = Int(seconds)
        var value = timeval(tv_sec: whole, tv_usec: .init((seconds - Double(whole)) * 1_000_000))
        _ = setsockopt(descriptor, SOL_SOCKET, option, &value, socklen_t(MemoryLayout<timeval>.size))
    }
}

/// `send` without SIGPIPE: a browser tab closed mid-response must not kill the server.
private func sendBytes(_ descriptor: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
    #if os(Linux)
    return Glibc.send(descriptor, pointer, count, Int32(MSG_NOSIGNAL))
    #else
    return Darwin.send(descriptor, pointer, count, 0)
    #endif
}

func closeDescriptor(_ descriptor: Int32) {
    #if os(Linux)
    _ = Glibc.close(descriptor)
    #else
    _ = Darwin.close(descriptor)
    #endif
}
