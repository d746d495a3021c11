import FlyingFox
import FlyingSocks
import Foundation

/// The open server-sent-event streams of `/__folio/events`, one per open page. A page that goes
/// away ends its stream when the next write to it fails; browsers reconnect by themselves.
final class LiveReloadEvents: @unchecked Sendable {
    private let lock = NSLock()
    private var streams: [UUID: AsyncStream<[UInt8]>.Continuation] = [:]
    private var stopped = false
    static let maximumStreams = 64

    /// The response that streams events to one page: a retry hint and the current generation
    /// first, then every announcement. Nil when there are too many streams or the server stops.
    func response(generation: Int) -> HTTPResponse? {
        let id = UUID()
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(16))
        lock.lock()
        guard !stopped, streams.count < Self.maximumStreams else {
            lock.unlock()
            return nil
        }
        streams[id] = continuation
        lock.unlock()
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        continuation.yield(Array("retry: 1000\n\n".utf8) + Self.event("reload", data: String(generation)))
        // No length: FlyingFox sends the stream chunked, one chunk per event, as it comes.
        return HTTPResponse(statusCode: .ok,
                            headers: [.contentType: "text/event-stream", .cacheControl: "no-store",
                                      HTTPHeader("X-Content-Type-Options"): "nosniff"],
                            body: HTTPBodySequence(from: EventBytes(stream: stream)))
    }

    func broadcast(_ name: String, data: String) {
        send(Self.event(name, data: data))
    }

    /// A comment line: keeps idle timeouts from closing the stream, and finds pages that are gone.
    func heartbeat() {
        send(Array(": heartbeat\n\n".utf8))
    }

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return streams.count
    }

    func stop() {
        lock.lock()
        stopped = true
        let open = streams
        streams = [:]
        lock.unlock()
        for continuation in open.values { continuation.finish() }
    }

    private func remove(_ id: UUID) {
        lock.lock()
        streams[id] = nil
        lock.unlock()
    }

    private func send(_ bytes: [UInt8]) {
        lock.lock()
        let open = Array(streams.values)
        lock.unlock()
        for continuation in open { continuation.yield(bytes) }
    }

    static func event(_ name: String, data: String) -> [UInt8] {
        Array("event: \(name)\ndata: \(data)\n\n".utf8)
    }
}

/// The bytes of an event stream, as the buffered sequence FlyingFox sends a body from; each
/// event comes out as one buffer, so it is written (and flushed) as soon as it is announced.
struct EventBytes: AsyncBufferedSequence {
    typealias Element = UInt8
    let stream: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator { Iterator(events: stream.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var events: AsyncStream<[UInt8]>.Iterator
        var rest: [UInt8] = []

        mutating func next() async -> UInt8? {
            while rest.isEmpty {
                guard let event = await events.next() else { return nil }
                rest = event
            }
            return rest.removeFirst()
        }

        mutating func nextBuffer(suggested count: Int) async -> [UInt8]? {
            if !rest.isEmpty {
                defer { rest = [] }
                return rest
            }
            return await events.next()
        }
    }
}
