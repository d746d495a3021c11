import CBLAS
import Dispatch
import Foundation

/// Thin wrappers over OpenBLAS for row-major single-precision matrix products.
///
/// OpenBLAS runs single-threaded here and we split each large product into two halves of its
/// output ourselves, one per core. Why: OpenBLAS's own worker threads busy-wait (sched_yield) between
/// calls, which wastes a core whenever the machine is shared and slows the small products of a
/// mini-batch step; libdispatch workers sleep instead. The split is along output rows or columns,
/// so every output value is computed by the same code in the same order: results do not depend on
/// the thread count. Set FOLIO_BLAS_THREADS=openblas to let OpenBLAS thread instead (for comparison),
/// or FOLIO_BLAS_THREADS=1 to run the two halves one after the other on one thread (each point of
/// a `folio sweep` running one point per core) — the same products, so the same results.
enum BLAS {
    static let useOwnSplit: Bool = {
        let ownSplit = ProcessInfo.processInfo.environment["FOLIO_BLAS_THREADS"] != "openblas"
        openblas_set_num_threads(ownSplit ? 1 : 2)
        MemoryTuning.keepLargeBuffersInHeap()
        return ownSplit
    }()

    /// FOLIO_BLAS_THREADS=1: the split work runs on the calling thread only.
    static let singleThread = ProcessInfo.processInfo.environment["FOLIO_BLAS_THREADS"] == "1"

    /// Runs `body` for parts 0 and 1, on both cores unless `singleThread`.
    static func bothHalves(_ body: (Int) -> Void) {
        if singleThread {
            body(0)
            body(1)
        } else {
            DispatchQueue.concurrentPerform(iterations: 2, execute: body)
        }
    }

    /// Below this many multiply-adds a product runs on one core: the hand-off would cost more.
    static let splitThreshold = 1 << 20

    /// C[m×n] = alpha · op(A) · op(B) + beta · C, all row-major.
    /// op(A) is m×k (A stored k×m when transposeA), op(B) is k×n (B stored n×k when transposeB).
    static func gemm(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
        alpha: Float = 1, a: UnsafePointer<Float>, b: UnsafePointer<Float>,
        beta: Float = 0, c: UnsafeMutablePointer<Float>
    ) {
        guard m > 0, n > 0 else { return }
        if k == 0 {
            if beta == 0 { c.update(repeating: 0, count: m * n) } else if beta != 1 {
                for index in 0..<(m * n) { c[index] *= beta }
            }
            return
        }
        let lda = transposeA ? m : k
        let ldb = transposeB ? k : n
        guard useOwnSplit, m * n * k >= splitThreshold, max(m, n) >= 16 else {
            call(transposeA, transposeB, m, n, k, alpha, a, lda, b, ldb, beta, c, n)
            return
        }
        if m >= n {
            // Split the output rows: rows of op(A).
            let half = (m + 1) / 2
            bothHalves { part in
                let start = part * half
                let rows = min(m, start + half) - start
                guard rows > 0 else { return }
                let aPart = transposeA ? a + start : a + start * lda
                call(transposeA, transposeB, rows, n, k, alpha, aPart, lda, b, ldb, beta, c + start * n, n)
            }
        } else {
            // Split the output columns: columns of op(B).
            let half = (n + 1) / 2
            bothHalves { part in
                let start = part * half
                let columns = min(n, start + half) - start
                guard columns > 0 else { return }
                let bPart = transposeB ? b + start * ldb : b + start
                call(transposeA, transposeB, m, columns, k, alpha, a, lda, bPart, ldb, beta, c + start, n)
            }
        }
    }

    /// The same product on the calling thread only, for callers that split the work over the
    /// cores themselves (e.g. convolution by image chunks).
    static func gemmSerial(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
        alpha: Float = 1, a: UnsafePointer<Float>, b: UnsafePointer<Float>,
        beta: Float = 0, c: UnsafeMutablePointer<Float>
    ) {
        guard m > 0, n > 0, k > 0 else { return }
        _ = useOwnSplit
        call(transposeA, transposeB, m, n, k, alpha, a, transposeA ? m : k, b, transposeB ? k : n, beta, c, n)
    }

    @inline(__always)
    private static func call(
        _ transposeA: Bool, _ transposeB: Bool, _ m: Int, _ n: Int, _ k: Int, _ alpha: Float,
        _ a: UnsafePointer<Float>, _ lda: Int, _ b: UnsafePointer<Float>, _ ldb: Int,
        _ beta: Float, _ c: UnsafeMutablePointer<Float>, _ ldc: Int
    ) {
        cblas_sgemm(
            CblasRowMajor,
            transposeA ? CblasTrans : CblasNoTrans,
            transposeB ? CblasTrans : CblasNoTrans,
            Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }
}
