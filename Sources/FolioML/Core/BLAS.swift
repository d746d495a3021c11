import CBLAS

/// Thin wrappers over OpenBLAS for row-major single-precision matrix products.
enum BLAS {
    /// OpenBLAS defaults to every core; the machine has two and we want both, but set it once
    /// explicitly so the thread count (and therefore the summation order) is fixed.
    static let configured: Bool = {
        openblas_set_num_threads(2)
        return true
    }()

    /// C[m×n] = alpha · op(A) · op(B) + beta · C, all row-major.
    /// op(A) is m×k (A stored k×m when transposeA), op(B) is k×n (B stored n×k when transposeB).
    @inline(__always)
    static func gemm(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
        alpha: Float = 1, a: UnsafePointer<Float>, b: UnsafePointer<Float>,
        beta: Float = 0, c: UnsafeMutablePointer<Float>
    ) {
        guard m > 0, n > 0 else { return }
        _ = configured
        if k == 0 {
            if beta == 0 { c.update(repeating: 0, count: m * n) }
            return
        }
        let lda = transposeA ? m : k
        let ldb = transposeB ? k : n
        cblas_sgemm(
            CblasRowMajor,
            transposeA ? CblasTrans : CblasNoTrans,
            transposeB ? CblasTrans : CblasNoTrans,
            Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(n))
    }
}
