import Foundation

/// The open server-sent-event streams. A client that cannot take an event within the send
/// timeout is dropped; browsers reconnect by themselves.
final class EventBroadcaster {
    private let lock = NSLock()
    private var clients: [SocketConnection] = []
    private var heartbeatThread: Thread?
    private var stopped = false
    static let maximumClients = 64

    /// Sends the stream's headers and the current generation, then keeps the connection.
    func add(_ connection: SocketConnection, generation: Int) {
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\n"
            + "X-Content-Type-Options: nosniff\r\nConnection: keep-alive\r\n\r\nretry: 1000\n\n"
        if clientCount >= Self.maximumClients { heartbeat() }   // drops streams whose pages are gone
        lock.lock()
        defer { lock.unlock() }
        guard !stopped, clients.count < Self.maximumClients else {
            connection.send(HTTPResponse.text(503, "too many live-reload connections").serialized(includeBody: true))
            connection.close()
            return
        }
        connection.setTimeouts(receive: 1, send: 2)
        if connection.send(Array(head.utf8)) && connection.send(Self.event("reload", data: String(generation))) {
            clients.append(connection)
        } else {
            connection.close()
        }
    }

    func broadcast(_ name: String, data: String) {
        send(Self.event(name, data: data))
    }

    /// A comment line: keeps proxies and idle timeouts from closing the stream.
    func heartbeat() {
        send(Array(": heartbeat\n\n".utf8))
    }

    func startHeartbeat(every interval: TimeInterval) {
        let thread = Thread { [weak self] in
            while true {
                Thread.sleep(forTimeInterval: interval)
                guard let self, !self.isStopped else { return }
                self.heartbeat()
            }
        }
        thread.name = "folio-preview-heartbeat"
        heartbeatThread = thread
        thread.start()
    }

    var clientCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return clients.count
    }

    func stop() {
        lock.lock()
        stopped = true
        let open = clients
        clients = []
        lock.unlock()
        for client in open { client.close() }
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    private func send(_ bytes: [UInt8]) {
        lock.lock()
        defer { lock.unlock() }
        clients.removeAll { client in
            if client.send(bytes) { return false }
            client.close()
            return true
        }
    }

    static func event(_ name: String, data: String) -> [UInt8] {
        Array("event: \(name)\ndata: \(data)\n\n".utf8)
    }
}
