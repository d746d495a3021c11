/// The kernel gradient of a Winograd F(2×2, 3×3) layer (see WinogradConvolution): with V = Bᵀ d B
/// the transformed input tiles and dM = A dY Aᵀ the output gradient's tiles carried back through
/// the output transform, the gradient of each transformed kernel position is dU = Vᵀ · dM (16
/// products of C × tiles · tiles × K, summed over the batch), and the kernel's is Gᵀ dU G: 16
/// multiplies per channel pair and 2×2 outputs instead of the direct path's 36.
///
/// Why: the direct kernel gradient of the 28×28×32 layer (n = 32 filters) reached 66 % of the
/// sgemm peak (docs/benchmarks.md).
extension WinogradConvolution {
    /// The output gradient of `images` images at `gradient` (NHWC, the layer's output size) → dM
    /// tiles, position-major (positions × tiles × K), laid out as the forward pass's products.
    func transformOutputGradient(_ gradient: UnsafePointer<Float>, images: Int, into target: UnsafeMutablePointer<Float>) {
        let k = filters
        let positionStride = images * tilesPerImage * k
        let zero = UnsafeMutablePointer<Float>.allocate(capacity: k + 8)
        zero.initialize(repeating: 0, count: k + 8)
        defer { zero.deallocate() }
        if tile == 4 { return transformOutputGradient4(gradient, images: images, into: target, zero: zero) }
        var tile = 0
        for image in 0..<images {
            let source = gradient + image * outputHeight * outputWidth * k
            for ty in 0..<tileRows {
                for tx in 0..<tileColumns {
                    @inline(__always) func pixel(_ a: Int, _ b: Int) -> UnsafePointer<Float> {
                        let (oy, ox) = (ty * 2 + a, tx * 2 + b)
                        return oy < outputHeight && ox < outputWidth ? source + (oy * outputWidth + ox) * k : UnsafePointer(zero)
                    }
                    let (p00, p01, p10, p11) = (pixel(0, 0), pixel(0, 1), pixel(1, 0), pixel(1, 1))
                    let to = target + tile * k
                    var f = 0
                    while f < k {
                        let count = k - f
                        let (y00, y01, y10, y11) = (Self.load(p00, f, count), Self.load(p01, f, count),
                                                    Self.load(p10, f, count), Self.load(p11, f, count))
                        // Row i of A dY is t0, t1; A's rows are [1, 0], [1, 1], [1, −1], [0, −1], on both sides.
                        @inline(__always) func emit(_ i: Int, _ t0: SIMD8<Float>, _ t1: SIMD8<Float>) {
                            let base = to + f + i * 4 * positionStride
                            Self.store(t0, base, count)
                            Self.store(t0 + t1, base + positionStride, count)
                            Self.store(t0 - t1, base + 2 * positionStride, count)
                            Self.store(-t1, base + 3 * positionStride, count)
                        }
                        emit(0, y00, y01)
                        emit(1, y00 + y10, y01 + y11)
                        emit(2, y00 - y10, y01 - y11)
                        emit(3, -y10, -y11)
                        f += 8
                    }
                    tile += 1
                }
            }
        }
    }

    /// F(4×4, 3×3)'s version of `transformOutputGradient`.
    private func transformOutputGradient4(_ gradient: UnsafePointer<Float>, images: Int, into target: UnsafeMutablePointer<Float>,
                                          zero: UnsafePointer<Float>) {
        let k = filters
        let positionStride = images * tilesPerImage * k
        let y = UnsafeMutablePointer<UnsafePointer<Float>>.allocate(capacity: 16)
        defer { y.deallocate() }
        let lanes = UnsafeMutablePointer<SIMD8<Float>>.allocate(capacity: 24)
        defer { lanes.deallocate() }
        var index = 0
        for image in 0..<images {
            let source = gradient + image * outputHeight * outputWidth * k
            for ty in 0..<tileRows {
                for tx in 0..<tileColumns {
                    for a in 0..<4 {
                        for b in 0..<4 {
                            let (oy, ox) = (ty * 4 + a, tx * 4 + b)
                            y[a * 4 + b] = oy < outputHeight && ox < outputWidth ? source + (oy * outputWidth + ox) * k : zero
                        }
                    }
                    WinogradF4.transformOutputGradient(y, filters: k, into: target + index * k, positionStride: positionStride,
                                                       scratch: lanes)
                    index += 1
                }
            }
        }
    }

    /// dU (positions × C × K, position-major) → the [3, 3, C, K] kernel gradient Gᵀ dU G, overwritten.
    static func kernelGradient(fromTransformed du: UnsafePointer<Float>, channels: Int, filters: Int, tile: Int = 2,
                               into kernel: UnsafeMutablePointer<Float>) {
        let plane = channels * filters
        if tile == 4 {
            for index in 0..<plane { WinogradF4.kernelGradient(du, plane: plane, index: index, into: kernel) }
            return
        }
        // Gᵀ's rows combine the four transformed positions: [1, ½, ½, 0], [0, ½, −½, 0], [0, ½, ½, 1].
        @inline(__always) func combine(_ x0: Float, _ x1: Float, _ x2: Float, _ x3: Float) -> (Float, Float, Float) {
            (x0 + (x1 + x2) * 0.5, (x1 - x2) * 0.5, (x1 + x2) * 0.5 + x3)
        }
        for index in 0..<plane {
            @inline(__always) func u(_ i: Int, _ j: Int) -> Float { du[(i * 4 + j) * plane + index] }
            let c0 = combine(u(0, 0), u(1, 0), u(2, 0), u(3, 0)), c1 = combine(u(0, 1), u(1, 1), u(2, 1), u(3, 1))
            let c2 = combine(u(0, 2), u(1, 2), u(2, 2), u(3, 2)), c3 = combine(u(0, 3), u(1, 3), u(2, 3), u(3, 3))
            @inline(__always) func emit(_ a: Int, _ r0: Float, _ r1: Float, _ r2: Float, _ r3: Float) {
                let (g0, g1, g2) = combine(r0, r1, r2, r3)
                kernel[(a * 3) * plane + index] = g0
                kernel[(a * 3 + 1) * plane + index] = g1
                kernel[(a * 3 + 2) * plane + index] = g2
            }
            emit(0, c0.0, c1.0, c2.0, c3.0)
            emit(1, c0.1, c1.1, c2.1, c3.1)
            emit(2, c0.2, c1.2, c2.2, c3.2)
        }
    }
}
