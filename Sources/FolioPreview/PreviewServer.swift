import FlyingFox
import FlyingSocks
import Foundation

/// The preview's HTTP server: FlyingFox on 127.0.0.1 (a maintained server instead of our own
/// sockets and parser), answering through a `ReportSite`, with one server-sent-event stream per
/// open page for live reload. Its async world is wrapped here so the rest of the preview stays
/// plain threads.
public final class PreviewServer: @unchecked Sendable {
    public let port: Int
    private let server: HTTPServer
    private let running: Task<Void, Never>
    private let site = SiteBox()
    let events = LiveReloadEvents()
    private var heartbeat: Task<Void, Never>?

    /// Binds 127.0.0.1 on `port`, or on the next of `attempts` ports when it is taken. Port 0
    /// lets the system choose a free one.
    public init(port: Int, attempts: Int = 1) throws {
        guard (0...65_535).contains(port) else { throw PreviewError.cannotListen(port: port, reason: "not a port number") }
        let end = max(port + 1, min(port + attempts, 65_536))
        var lastTried = port
        for candidate in port..<end {
            lastTried = candidate
            let site = self.site, events = self.events
            let handler = ClosureHTTPHandler { request in
                guard let current = site.value else { return ReportSite.text(.serviceUnavailable, "starting") }
                switch current.reply(to: request) {
                case .response(let response):
                    return response
                case .eventStream:
                    return events.response(generation: current.state.generation)
                        ?? ReportSite.text(.serviceUnavailable, "too many live-reload connections")
                }
            }
            let server = HTTPServer(address: try Self.address(candidate), timeout: 15, logger: .disabled, handler: handler)
            switch Self.listen(server, port: candidate) {
            case .success(let (bound, task)):
                self.server = server
                self.port = bound
                running = task
                return
            case .failure(let error):
                if case .portInUse = error, candidate != 0 { continue }
                throw error
            }
        }
        throw PreviewError.portInUse(first: port, last: lastTried)
    }

    /// Starts answering with `site`; until then requests get 503. Heartbeats keep event streams
    /// open and find pages that are gone.
    public func start(site: ReportSite, heartbeat interval: TimeInterval = 15) {
        self.site.value = site
        let events = self.events
        heartbeat = Task {
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: UInt64(interval * 1_000_000_000))
                events.heartbeat()
            }
        }
    }

    /// Tells every open page to compare its generation with `generation` and reload.
    public func announce(generation: Int) {
        events.broadcast("reload", data: String(generation))
    }

    public var liveReloadClients: Int { events.count }

    public func stop() {
        heartbeat?.cancel()
        events.stop()
        let done = DispatchSemaphore(value: 0)
        let server = self.server
        Task {
            await server.stop(timeout: 0)
            done.signal()
        }
        _ = done.wait(timeout: .now() + 3)
        running.cancel()
    }

    private static func address(_ port: Int) throws -> sockaddr_in {
        do {
            return try sockaddr_in.inet(ip4: "127.0.0.1", port: UInt16(port))   // 127.0.0.1 only, never 0.0.0.0
        } catch {
            throw PreviewError.cannotListen(port: port, reason: "\(error)")
        }
    }

    /// Runs `server` and waits until it listens (its port) or fails to (why).
    private static func listen(_ server: HTTPServer, port: Int) -> Result<(Int, Task<Void, Never>), PreviewError> {
        let outcome = Outcome()
        let task = Task {
            do {
                try await server.run()
            } catch {
                outcome.set(.failure(Self.problem(error, port: port)))
            }
        }
        Task {
            do {
                try await server.waitUntilListening(timeout: 10)
                if case .ip4(_, let port)? = await server.listeningAddress {
                    outcome.set(.success(Int(port)))
                } else {
                    outcome.set(.failure(.cannotListen(port: port, reason: "no address")))
                }
            } catch {
                outcome.set(.failure(.cannotListen(port: port, reason: "did not start listening (\(error))")))
            }
        }
        switch outcome.wait() {
        case .success(let port): return .success((port, task))
        case .failure(let error):
            task.cancel()
            return .failure(error)
        }
    }

    private static func problem(_ error: Error, port: Int) -> PreviewError {
        if case SocketError.failed(let type, let code, let message) = error {
            return code == EADDRINUSE ? .portInUse(first: port, last: port) : .cannotListen(port: port, reason: "\(type): \(message)")
        }
        return .cannotListen(port: port, reason: "\(error)")
    }
}

/// The site requests are answered with, set once the session has it.
private final class SiteBox: @unchecked Sendable {
    private let lock = NSLock()
    private var site: ReportSite?
    var value: ReportSite? {
        get { lock.lock(); defer { lock.unlock() }; return site }
        set { lock.lock(); site = newValue; lock.unlock() }
    }
}

/// The first result of starting a server, waited for on the calling thread.
private final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private let ready = DispatchSemaphore(value: 0)
    private var result: Result<Int, PreviewError>?

    func set(_ value: Result<Int, PreviewError>) {
        lock.lock()
        defer { lock.unlock() }
        guard result == nil else { return }
        result = value
        ready.signal()
    }

    func wait() -> Result<Int, PreviewError> {
        ready.wait()
        lock.lock()
        defer { lock.unlock() }
        return result ?? .failure(.cannotListen(port: 0, reason: "unknown"))
    }
}
