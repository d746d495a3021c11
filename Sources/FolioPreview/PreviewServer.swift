import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small HTTP/1.1 server on 127.0.0.1: one thread per connection, one request per connection.
/// Bounded in every direction a client controls — head size, time to send it, number of
/// connections — so a malformed or slow client gets an error or is dropped, never wedges it.
public final class PreviewServer {
    public let port: Int
    private let listener: Int32
    private let lock = NSLock()
    private var activeConnections = 0
    private var stopped = false
    let broadcaster = EventBroadcaster()

    static let maximumConnections = 64
    static let headTimeout: TimeInterval = 10

    /// Binds 127.0.0.1 on `port`, or on the next of `attempts` ports when it is taken. Port 0
    /// lets the system choose a free one.
    public init(port: Int, attempts: Int = 1) throws {
        var lastTried = port
        let end = max(port + 1, min(port + attempts, 65_536))
        for candidate in port..<end {
            lastTried = candidate
            switch Self.listen(on: candidate) {
            case .success(let (descriptor, bound)):
                listener = descriptor
                self.port = bound
                return
            case .failure(let error):
                if case .portInUse = error, candidate != 0 { continue }
                throw error
            }
        }
        throw PreviewError.portInUse(first: port, last: lastTried)
    }

    /// Accepts connections on a background thread until `stop()`.
    public func start(site: ReportSite, heartbeat: TimeInterval = 15) {
        broadcaster.startHeartbeat(every: heartbeat)
        let thread = Thread { [self] in acceptLoop(site: site) }
        thread.name = "folio-preview-accept"
        thread.start()
    }

    /// Tells every open page to compare its generation with `generation` and reload.
    public func announce(generation: Int) {
        broadcaster.broadcast("reload", data: String(generation))
    }

    public var liveReloadClients: Int { broadcaster.clientCount }

    public func stop() {
        lock.lock()
        let wasStopped = stopped
        stopped = true
        lock.unlock()
        guard !wasStopped else { return }
        // Wakes the thread blocked in accept().
        shutdown(listener, Int32(SHUT_RDWR))
        closeDescriptor(listener)
        broadcaster.stop()
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    private func acceptLoop(site: ReportSite) {
        while !isStopped {
            let descriptor = accept(listener, nil, nil)
            guard descriptor >= 0 else {
                if isStopped { return }
                // Out of descriptors or a transient error: wait instead of spinning.
                if errno != EINTR && errno != ECONNABORTED { Thread.sleep(forTimeInterval: 0.05) }
                continue
            }
            let connection = SocketConnection(descriptor: descriptor)
            lock.lock()
            let admitted = activeConnections < Self.maximumConnections
            if admitted { activeConnections += 1 }
            lock.unlock()
            guard admitted else {
                connection.setTimeouts(receive: 1, send: 1)
                connection.send(HTTPResponse.text(503, "too many connections").serialized(includeBody: true))
                connection.close()
                continue
            }
            let thread = Thread { [self] in
                handle(connection, site: site)
                lock.lock()
                activeConnections -= 1
                lock.unlock()
            }
            thread.start()
        }
    }

    private func handle(_ connection: SocketConnection, site: ReportSite) {
        connection.setTimeouts(receive: 5, send: 5)
        let request: HTTPRequest
        switch readHead(connection) {
        case .success(let head):
            do {
                request = try HTTPRequest.parse(head: head)
            } catch HTTPRequest.ParseError.tooLarge {
                return respond(connection, .text(431, "request head too large"), includeBody: true)
            } catch {
                return respond(connection, .text(400, "malformed request"), includeBody: true)
            }
        case .failure(let failure):
            guard let response = failure.response else { return connection.close() }
            return respond(connection, response, includeBody: true)
        }
        switch site.reply(to: request) {
        case .response(let response):
            respond(connection, response, includeBody: request.method != "HEAD")
        case .eventStream:
            broadcaster.add(connection, generation: site.state.generation)
        }
    }

    /// The bytes up to the blank line, or the error response to send (nil: just close).
    private func readHead(_ connection: SocketConnection) -> Result<[UInt8], HeadFailure> {
        let deadline = Date().addingTimeInterval(Self.headTimeout)
        var buffer: [UInt8] = []
        while true {
            if let end = HTTPRequest.headEnd(in: buffer) { return .success(Array(buffer[..<end])) }
            if buffer.count > HTTPRequest.maximumHeadSize { return .failure(HeadFailure(.text(431, "request head too large"))) }
            if Date() > deadline { return .failure(HeadFailure(.text(408, "request took too long"))) }
            guard let chunk = connection.receive(limit: 4096) else {
                // The client went away or stalled; an incomplete head gets an answer it may read.
                return .failure(HeadFailure(buffer.isEmpty ? nil : .text(400, "incomplete request")))
            }
            buffer += chunk
        }
    }

    private func respond(_ connection: SocketConnection, _ response: HTTPResponse, includeBody: Bool) {
        connection.send(response.serialized(includeBody: includeBody))
        connection.finish()
    }

    private static func listen(on port: Int) -> Result<(Int32, Int), PreviewError> {
        guard (0...65_535).contains(port) else { return .failure(.cannotListen(port: port, reason: "not a port number")) }
        #if os(Linux)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { return .failure(.cannotListen(port: port, reason: String(cString: strerror(errno)))) }
        var one: Int32 = 1
        _ = setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))

        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian   // 127.0.0.1 only, never 0.0.0.0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        if bound != 0 {
            let code = errno
            closeDescriptor(descriptor)
            return .failure(code == EADDRINUSE ? .portInUse(first: port, last: port)
                            : .cannotListen(port: port, reason: String(cString: strerror(code))))
        }
        #if os(Linux)
        let listening = Glibc.listen(descriptor, 64)
        #else
        let listening = Darwin.listen(descriptor, 64)
        #endif
        guard listening == 0 else {
            let reason = String(cString: strerror(errno))
            closeDescriptor(descriptor)
            return .failure(.cannotListen(port: port, reason: reason))
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return .success((descriptor, Int(UInt16(bigEndian: actual.sin_port))))
    }
}

/// A request head that could not be read, with the answer to send (nil: close silently).
struct HeadFailure: Error {
    let response: HTTPResponse?
    init(_ response: HTTPResponse?) { self.response = response }
}
