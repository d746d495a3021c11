/// Matrix products on tensors, for callers outside the layers (and for measuring BLAS speed).
public enum MatrixProduct {
    /// [m, k] · [k, n] → [m, n].
    public static func multiply(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        guard a.rank == 2, b.rank == 2, a.shape[1] == b.shape[0] else {
            throw MLError.shapeMismatch("cannot multiply \(formatShape(a.shape)) by \(formatShape(b.shape))")
        }
        let (m, k, n) = (a.shape[0], a.shape[1], b.shape[1])
        var result = uninitializedFloats(m * n)
        a.storage.withUnsafeBufferPointer { ap in
            b.storage.withUnsafeBufferPointer { bp in
                result.withUnsafeMutableBufferPointer { cp in
                    guard let a = ap.baseAddress, let b = bp.baseAddress, let c = cp.baseAddress else { return }
                    BLAS.gemm(transposeA: false, transposeB: false, m: m, n: n, k: k, a: a, b: b, beta: 0, c: c)
                }
            }
        }
        return Tensor(uncheckedShape: [m, n], storage: result)
    }
}
