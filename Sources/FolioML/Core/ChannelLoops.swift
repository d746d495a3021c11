/// Per-channel loops over [rows, channels] values (BatchNorm's statistics and transforms), eight
/// channels at a time with SIMD lanes and a scalar tail for the rest. Sums run in Float over
/// blocks of rows and are added up in Double, so they stay accurate over a whole batch of images
/// and come out the same on every run.
///
/// Large inputs run on both cores: the sums split the channels (at a multiple of eight), so each
/// channel's sum is added up in exactly the order one thread would use; the element-wise
/// transforms split the rows. Either way the bits do not depend on the thread count.
enum ChannelLoops {
    static let block = 64

    /// From this many values on, a pass runs on both cores (tests lower it to compare).
    static let defaultParallelThreshold = 1 << 17
    nonisolated(unsafe) static var parallelThreshold = defaultParallelThreshold

    /// Runs `body` over two halves of the channels (split at a multiple of eight) when the work
    /// pays for it, else over all of them.
    @inline(__always)
    private static func forChannelHalves(rows: Int, channels: Int, _ body: (Range<Int>) -> Void) {
        let split = (channels / 2 + 7) / 8 * 8
        guard rows * channels >= parallelThreshold, channels >= 16, split < channels else {
            body(0..<channels)
            return
        }
        Parallel.twoParts { part in body(part == 0 ? 0..<split : split..<channels) }
    }

    /// Runs `body` over two halves of the rows when the work pays for it.
    @inline(__always)
    private static func forRowHalves(rows: Int, channels: Int, _ body: (Range<Int>) -> Void) {
        guard rows * channels >= parallelThreshold, rows >= 2 else {
            body(0..<rows)
            return
        }
        let half = (rows + 1) / 2
        Parallel.twoParts { part in body(part == 0 ? 0..<half : half..<rows) }
    }

    /// Per-channel sums of `f(row, channel)` over all rows, for the channels in `range` (whose
    /// lower bound is a multiple of 8), accumulated as described above into `totals`.
    @inline(__always)
    private static func sums(rows: Int, channels: Int, range: Range<Int>, into totals: UnsafeMutablePointer<Double>,
                             _ lanes: (Int, Int) -> SIMD8<Float>, _ scalar: (Int, Int) -> Float) {
        let vectorEnd = min(range.upperBound, channels - channels % 8)
        var start = 0
        while start < rows {
            let end = min(rows, start + block)
            var c = range.lowerBound
            while c < vectorEnd {
                var partial = SIMD8<Float>(repeating: 0)
                for row in start..<end { partial += lanes(row, c) }
                for lane in 0..<8 { totals[c + lane] += Double(partial[lane]) }
                c += 8
            }
            while c < range.upperBound {
                var partial: Float = 0
                for row in start..<end { partial += scalar(row, c) }
                totals[c] += Double(partial)
                c += 1
            }
            start = end
        }
    }

    /// Mean and (biased) variance of each channel, the variance around the mean (two passes).
    static func meanAndVariance(_ x: UnsafePointer<Float>, rows: Int, channels: Int) -> (mean: [Float], variance: [Double]) {
        let n = Double(max(1, rows))
        var mean = [Float](repeating: 0, count: channels)
        var variance = [Double](repeating: 0, count: channels)
        mean.withUnsafeMutableBufferPointer { m in
            variance.withUnsafeMutableBufferPointer { v in
                guard let mp = m.baseAddress, let vp = v.baseAddress else { return }
                forChannelHalves(rows: rows, channels: channels) { range in
                    // The Double sums of this part's channels live in `vp` until the variance pass.
                    sums(rows: rows, channels: channels, range: range, into: vp,
                         { VectorLoops.load(x + $0 * channels + $1) }, { x[$0 * channels + $1] })
                    for c in range {
                        mp[c] = Float(vp[c] / n)
                        vp[c] = 0
                    }
                    sums(rows: rows, channels: channels, range: range, into: vp, { row, c in
                        let d = VectorLoops.load(x + row * channels + c) - VectorLoops.load(mp + c)
                        return d * d
                    }, { row, c in
                        let d = x[row * channels + c] - mp[c]
                        return d * d
                    })
                    for c in range { vp[c] /= n }
                }
            }
        }
        return (mean, variance)
    }

    /// Σ g and Σ g·h per channel, in one pass over both.
    static func gradientSums(_ g: UnsafePointer<Float>, _ h: UnsafePointer<Float>, rows: Int, channels: Int) -> (sum: [Double], product: [Double]) {
        var sum = [Double](repeating: 0, count: channels)
        var product = [Double](repeating: 0, count: channels)
        sum.withUnsafeMutableBufferPointer { s in
            product.withUnsafeMutableBufferPointer { p in
                guard let sp = s.baseAddress, let pp = p.baseAddress else { return }
                forChannelHalves(rows: rows, channels: channels) { range in
                    sums(rows: rows, channels: channels, range: range, into: sp,
                         { VectorLoops.load(g + $0 * channels + $1) }, { g[$0 * channels + $1] })
                    sums(rows: rows, channels: channels, range: range, into: pp, { row, c in
                        VectorLoops.load(g + row * channels + c) * VectorLoops.load(h + row * channels + c)
                    }, { row, c in g[row * channels + c] * h[row * channels + c] })
                }
            }
        }
        return (sum, product)
    }

    /// out = x · scale + shift per channel; with `normalized`, also (x − mean) · inverse into it
    /// first, and out = normalized · scale + shift (scale = gamma, shift = beta then).
    static func affine(_ x: UnsafePointer<Float>, rows: Int, channels: Int, center: UnsafePointer<Float>?,
                       inverse: UnsafePointer<Float>?, scale: UnsafePointer<Float>, shift: UnsafePointer<Float>,
                       normalized: UnsafeMutablePointer<Float>?, into out: UnsafeMutablePointer<Float>) {
        let vectorEnd = channels - channels % 8
        forRowHalves(rows: rows, channels: channels) { part in
            for row in part {
                let base = row * channels
                var c = 0
                while c < vectorEnd {
                    var v = VectorLoops.load(x + base + c)
                    if let center, let inverse, let normalized {
                        v = (v - VectorLoops.load(center + c)) * VectorLoops.load(inverse + c)
                        VectorLoops.store(v, normalized + base + c)
                    }
                    VectorLoops.store(v * VectorLoops.load(scale + c) + VectorLoops.load(shift + c), out + base + c)
                    c += 8
                }
                while c < channels {
                    var v = x[base + c]
                    if let center, let inverse, let normalized {
                        v = (v - center[c]) * inverse[c]
                        normalized[base + c] = v
                    }
                    out[base + c] = v * scale[c] + shift[c]
                    c += 1
                }
            }
        }
    }

    /// dx = factor · (g − (sumG + h · sumGH) / rows) per channel.
    static func inputGradient(_ g: UnsafePointer<Float>, _ h: UnsafePointer<Float>, rows: Int, channels: Int,
                              meanGradient: UnsafePointer<Float>, meanProduct: UnsafePointer<Float>,
                              factor: UnsafePointer<Float>, into dx: UnsafeMutablePointer<Float>) {
        let vectorEnd = channels - channels % 8
        forRowHalves(rows: rows, channels: channels) { part in
            for row in part {
                let base = row * channels
                var c = 0
                while c < vectorEnd {
                    let centered = VectorLoops.load(g + base + c)
                        - (VectorLoops.load(meanGradient + c) + VectorLoops.load(h + base + c) * VectorLoops.load(meanProduct + c))
                    VectorLoops.store(VectorLoops.load(factor + c) * centered, dx + base + c)
                    c += 8
                }
                while c < channels {
                    dx[base + c] = factor[c] * (g[base + c] - (meanGradient[c] + h[base + c] * meanProduct[c]))
                    c += 1
                }
            }
        }
    }
}
