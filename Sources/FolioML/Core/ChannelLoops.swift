/// Per-channel loops over [rows, channels] values (BatchNorm's statistics and transforms), eight
/// channels at a time with SIMD lanes and a scalar tail for the rest. Sums run in Float over
/// blocks of rows and are added up in Double, so they stay accurate over a whole batch of images
/// and come out the same on every run.
enum ChannelLoops {
    static let block = 64

    /// Per-channel sums of `f(value, channel)` over all rows, accumulated as described above.
    @inline(__always)
    private static func sums(rows: Int, channels: Int, _ lanes: (Int, Int) -> SIMD8<Float>, _ scalar: (Int, Int) -> Float) -> [Double] {
        var totals = [Double](repeating: 0, count: channels)
        let vectorEnd = channels - channels % 8
        var start = 0
        while start < rows {
            let end = min(rows, start + block)
            var c = 0
            while c < vectorEnd {
                var partial = SIMD8<Float>(repeating: 0)
                for row in start..<end { partial += lanes(row, c) }
                for lane in 0..<8 { totals[c + lane] += Double(partial[lane]) }
                c += 8
            }
            while c < channels {
                var partial: Float = 0
                for row in start..<end { partial += scalar(row, c) }
                totals[c] += Double(partial)
                c += 1
            }
            start = end
        }
        return totals
    }

    /// Mean and (biased) variance of each channel, the variance around the mean (two passes).
    static func meanAndVariance(_ x: UnsafePointer<Float>, rows: Int, channels: Int) -> (mean: [Float], variance: [Double]) {
        let n = Double(max(1, rows))
        let mean = sums(rows: rows, channels: channels, { VectorLoops.load(x + $0 * channels + $1) }, { x[$0 * channels + $1] })
            .map { Float($0 / n) }
        let variance = mean.withUnsafeBufferPointer { m -> [Double] in
            guard let mp = m.baseAddress else { return [] }
            return sums(rows: rows, channels: channels, { row, c in
                let d = VectorLoops.load(x + row * channels + c) - VectorLoops.load(mp + c)
                return d * d
            }, { row, c in
                let d = x[row * channels + c] - mp[c]
                return d * d
            }).map { $0 / n }
        }
        return (mean, variance)
    }

    /// Σ g and Σ g·h per channel.
    static func gradientSums(_ g: UnsafePointer<Float>, _ h: UnsafePointer<Float>, rows: Int, channels: Int) -> (sum: [Double], product: [Double]) {
        let sum = sums(rows: rows, channels: channels, { VectorLoops.load(g + $0 * channels + $1) }, { g[$0 * channels + $1] })
        let product = sums(rows: rows, channels: channels, { row, c in
            VectorLoops.load(g + row * channels + c) * VectorLoops.load(h + row * channels + c)
        }, { row, c in g[row * channels + c] * h[row * channels + c] })
        return (sum, product)
    }

    /// out = x · scale + shift per channel; with `normalized`, also (x − mean) · inverse into it
    /// first, and out = normalized · scale + shift (scale = gamma, shift = beta then).
    static func affine(_ x: UnsafePointer<Float>, rows: Int, channels: Int, center: UnsafePointer<Float>?,
                       inverse: UnsafePointer<Float>?, scale: UnsafePointer<Float>, shift: UnsafePointer<Float>,
                       normalized: UnsafeMutablePointer<Float>?, into out: UnsafeMutablePointer<Float>) {
        let vectorEnd = channels - channels % 8
        for row in 0..<rows {
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

    /// dx = factor · (g − (sumG + h · sumGH) / rows) per channel.
    static func inputGradient(_ g: UnsafePointer<Float>, _ h: UnsafePointer<Float>, rows: Int, channels: Int,
                              meanGradient: UnsafePointer<Float>, meanProduct: UnsafePointer<Float>,
                              factor: UnsafePointer<Float>, into dx: UnsafeMutablePointer<Float>) {
        let vectorEnd = channels - channels % 8
        for row in 0..<rows {
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
