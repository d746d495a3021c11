/// The transforms of Winograd's F(4×4, 3×3) (Lavin & Gray 2016, interpolation points 0, ±1, ±2,
/// ∞): each 4×4 block of outputs comes from a 6×6 block of inputs with 36 multiplies per channel
/// pair instead of 144 (F(2×2, 3×3): 64 for the same outputs). Its transforms cost more per tile and
/// round a little more (the points ±2 scale values by up to 8), so WinogradConvolution uses it
/// where measurement says it wins. Every function works eight channels (or filters) at a time.
enum WinogradF4 {
    typealias Lanes = SIMD8<Float>

    /// Bᵀ applied to one line of six values.
    @inline(__always)
    static func inputLine(_ d0: Lanes, _ d1: Lanes, _ d2: Lanes, _ d3: Lanes, _ d4: Lanes, _ d5: Lanes)
        -> (Lanes, Lanes, Lanes, Lanes, Lanes, Lanes) {
        let (a, b) = (d4 - d2, d1 - d3)
        return (4 * d0 - 5 * d2 + d4, d3 + d4 - 4 * (d1 + d2), 4 * (d1 - d2) + d4 - d3,
                a - 2 * b, a + 2 * b, 4 * d1 - 5 * d3 + d5)
    }

    /// Aᵀ applied to one line of six values: four outputs.
    @inline(__always)
    static func outputLine(_ m0: Lanes, _ m1: Lanes, _ m2: Lanes, _ m3: Lanes, _ m4: Lanes, _ m5: Lanes)
        -> (Lanes, Lanes, Lanes, Lanes) {
        let (sum12, difference12, sum34, difference34) = (m1 + m2, m1 - m2, m3 + m4, m3 - m4)
        return (m0 + sum12 + sum34, difference12 + 2 * difference34, sum12 + 4 * sum34, difference12 + 8 * difference34 + m5)
    }

    /// A applied to one line of four output gradients: the adjoint of `outputLine`.
    @inline(__always)
    static func outputGradientLine(_ y0: Lanes, _ y1: Lanes, _ y2: Lanes, _ y3: Lanes)
        -> (Lanes, Lanes, Lanes, Lanes, Lanes, Lanes) {
        let (even, odd) = (y0 + y2, y1 + y3)
        let (evenFar, oddFar) = (y0 + 4 * y2, 2 * y1 + 8 * y3)
        return (y0, even + odd, even - odd, evenFar + oddFar, evenFar - oddFar, y3)
    }

    /// G applied to one kernel line of three values.
    @inline(__always)
    static func kernelLine(_ g0: Float, _ g1: Float, _ g2: Float) -> (Float, Float, Float, Float, Float, Float) {
        let (outer, far) = (g0 + g2, g0 / 24 + g2 / 6)
        return (g0 / 4, -(outer + g1) / 6, -(outer - g1) / 6, far + g1 / 12, far - g1 / 12, g2)
    }

    /// Gᵀ applied to six transformed values: the adjoint of `kernelLine`.
    @inline(__always)
    static func kernelGradientLine(_ x0: Float, _ x1: Float, _ x2: Float, _ x3: Float, _ x4: Float, _ x5: Float) -> (Float, Float, Float) {
        let (near, far) = ((x1 + x2) / 6, (x3 + x4) / 24)
        return (x0 / 4 - near + far, (x2 - x1) / 6 + (x3 - x4) / 12, (x3 + x4) / 6 - near + x5)
    }

    /// V = Bᵀ d B for one tile; `d` points at the 36 input pixels' channels.
    @inline(__always)
    static func transformInput(_ d: UnsafeMutablePointer<UnsafePointer<Float>>, channels: Int,
                               into target: UnsafeMutablePointer<Float>, positionStride: Int,
                               scratch r: UnsafeMutablePointer<Lanes>) {
        var c = 0
        while c < channels {
            let count = channels - c
            @inline(__always) func x(_ p: Int) -> Lanes { WinogradConvolution.load(d[p], c, count) }
            for j in 0..<6 {
                let t = inputLine(x(j), x(6 + j), x(12 + j), x(18 + j), x(24 + j), x(30 + j))
                (r[j], r[6 + j], r[12 + j], r[18 + j], r[24 + j], r[30 + j]) = t
            }
            for i in 0..<6 {
                let row = i * 6
                let t = inputLine(r[row], r[row + 1], r[row + 2], r[row + 3], r[row + 4], r[row + 5])
                let to = target + row * positionStride + c
                storeLine(t, to, positionStride: positionStride, count: count)
            }
            c += 8
        }
    }

    /// One transformed line of six values into six planes `positionStride` apart.
    @inline(__always)
    static func storeLine(_ t: (Lanes, Lanes, Lanes, Lanes, Lanes, Lanes),
                          _ to: UnsafeMutablePointer<Float>, positionStride: Int, count: Int) {
        WinogradConvolution.store(t.0, to, count)
        WinogradConvolution.store(t.1, to + positionStride, count)
        WinogradConvolution.store(t.2, to + 2 * positionStride, count)
        WinogradConvolution.store(t.3, to + 3 * positionStride, count)
        WinogradConvolution.store(t.4, to + 4 * positionStride, count)
        WinogradConvolution.store(t.5, to + 5 * positionStride, count)
    }

    /// Y = Aᵀ m A (+ bias) for one tile into its (up to) 16 outputs.
    @inline(__always)
    static func transformOutput(_ m: UnsafePointer<Float>, positionStride: Int, filters: Int, bias: UnsafePointer<Float>?,
                                into targets: UnsafeMutablePointer<UnsafeMutablePointer<Float>?>,
                                scratch r: UnsafeMutablePointer<Lanes>) {
        var k = 0
        while k < filters {
            let count = filters - k
            @inline(__always) func v(_ p: Int) -> Lanes { WinogradConvolution.load(m + p * positionStride, k, count) }
            let b = bias.map { WinogradConvolution.load($0, k, count) } ?? Lanes(repeating: 0)
            for j in 0..<6 {
                (r[j], r[6 + j], r[12 + j], r[18 + j]) = outputLine(v(j), v(6 + j), v(12 + j), v(18 + j), v(24 + j), v(30 + j))
            }
            for a in 0..<4 {
                let row = a * 6
                let y = outputLine(r[row], r[row + 1], r[row + 2], r[row + 3], r[row + 4], r[row + 5])
                if let p = targets[a * 4] { WinogradConvolution.store(y.0 + b, p + k, count) }
                if let p = targets[a * 4 + 1] { WinogradConvolution.store(y.1 + b, p + k, count) }
                if let p = targets[a * 4 + 2] { WinogradConvolution.store(y.2 + b, p + k, count) }
                if let p = targets[a * 4 + 3] { WinogradConvolution.store(y.3 + b, p + k, count) }
            }
            k += 8
        }
    }

    /// dM = A dY Aᵀ for one tile; `y` points at its 16 output gradients (a zero pixel outside).
    @inline(__always)
    static func transformOutputGradient(_ y: UnsafeMutablePointer<UnsafePointer<Float>>, filters: Int,
                                        into target: UnsafeMutablePointer<Float>, positionStride: Int,
                                        scratch r: UnsafeMutablePointer<Lanes>) {
        var f = 0
        while f < filters {
            let count = filters - f
            @inline(__always) func g(_ p: Int) -> Lanes { WinogradConvolution.load(y[p], f, count) }
            for b in 0..<4 {
                (r[b], r[4 + b], r[8 + b], r[12 + b], r[16 + b], r[20 + b]) = outputGradientLine(g(b), g(4 + b), g(8 + b), g(12 + b))
            }
            for i in 0..<6 {
                let t = outputGradientLine(r[i * 4], r[i * 4 + 1], r[i * 4 + 2], r[i * 4 + 3])
                let to = target + i * 6 * positionStride + f
                storeLine(t, to, positionStride: positionStride, count: count)
            }
            f += 8
        }
    }

    /// U = G g Gᵀ of channel pair `index` of a [3, 3, C, K] kernel, into the 36 planes of `u`.
    @inline(__always)
    static func transformKernel(_ kernel: UnsafePointer<Float>, plane: Int, index: Int, into u: UnsafeMutablePointer<Float>) {
        @inline(__always) func g(_ position: Int) -> Float { kernel[position * plane + index] }
        let c0 = kernelLine(g(0), g(3), g(6)), c1 = kernelLine(g(1), g(4), g(7)), c2 = kernelLine(g(2), g(5), g(8))
        @inline(__always) func row(_ i: Int, _ x0: Float, _ x1: Float, _ x2: Float) {
            let t = kernelLine(x0, x1, x2)
            let base = u + i * 6 * plane + index
            (base[0], base[plane], base[2 * plane], base[3 * plane], base[4 * plane], base[5 * plane]) = t
        }
        row(0, c0.0, c1.0, c2.0)
        row(1, c0.1, c1.1, c2.1)
        row(2, c0.2, c1.2, c2.2)
        row(3, c0.3, c1.3, c2.3)
        row(4, c0.4, c1.4, c2.4)
        row(5, c0.5, c1.5, c2.5)
    }

    /// The kernel gradient Gᵀ dU G of channel pair `index` from the 36 planes of `du`.
    @inline(__always)
    static func kernelGradient(_ du: UnsafePointer<Float>, plane: Int, index: Int, into kernel: UnsafeMutablePointer<Float>) {
        @inline(__always) func u(_ i: Int, _ j: Int) -> Float { du[(i * 6 + j) * plane + index] }
        @inline(__always) func column(_ j: Int) -> (Float, Float, Float) {
            kernelGradientLine(u(0, j), u(1, j), u(2, j), u(3, j), u(4, j), u(5, j))
        }
        let (c0, c1, c2, c3, c4, c5) = (column(0), column(1), column(2), column(3), column(4), column(5))
        @inline(__always) func row(_ a: Int, _ x0: Float, _ x1: Float, _ x2: Float, _ x3: Float, _ x4: Float, _ x5: Float) {
            let (g0, g1, g2) = kernelGradientLine(x0, x1, x2, x3, x4, x5)
            kernel[(a * 3) * plane + index] = g0
            kernel[(a * 3 + 1) * plane + index] = g1
            kernel[(a * 3 + 2) * plane + index] = g2
        }
        row(0, c0.0, c1.0, c2.0, c3.0, c4.0, c5.0)
        row(1, c0.1, c1.1, c2.1, c3.1, c4.1, c5.1)
        row(2, c0.2, c1.2, c2.2, c3.2, c4.2, c5.2)
    }
}
