import Foundation

/// What the server shows, shared between the watching thread and the connection threads.
/// The generation grows by one after every run, successful or not.
public final class PreviewState {
    private let lock = NSLock()
    private var currentGeneration = 0
    private var currentFailure: String?

    public init() {}

    public var generation: Int {
        lock.lock()
        defer { lock.unlock() }
        return currentGeneration
    }

    /// The rendered error of the last run when it could not run at all; nil after a run.
    public var failure: String? {
        lock.lock()
        defer { lock.unlock() }
        return currentFailure
    }

    /// Records a finished run and returns the new generation.
    @discardableResult
    public func finishRun(failure: String?) -> Int {
        lock.lock()
        defer { lock.unlock() }
        currentGeneration += 1
        currentFailure = failure
        return currentGeneration
    }
}
