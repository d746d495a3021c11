import Dispatch

/// Splits 0..<count into two contiguous halves and runs them on both cores when the work is large
/// enough to pay for the hand-off. The split is fixed, so results never depend on scheduling.
enum Parallel {
    static let workers = 2

    static func forEachChunk(_ count: Int, minimumPerChunk: Int = 16_384, _ body: (Range<Int>) -> Void) {
        guard count > 0 else { return }
        if count < minimumPerChunk * 2 {
            body(0..<count)
            return
        }
        let chunk = (count + workers - 1) / workers
        twoParts { worker in
            let start = worker * chunk
            let end = min(count, start + chunk)
            if start < end { body(start..<end) }
        }
    }

    /// Runs `body(0)` and `body(1)` on both cores, or one after the other on the calling thread
    /// with FOLIO_BLAS_THREADS=1 (a sweep running one point per core): the same parts either way.
    static func twoParts(_ body: (Int) -> Void) {
        BLAS.bothHalves(body)
    }
}
