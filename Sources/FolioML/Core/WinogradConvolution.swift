import Dispatch

/// 3×3, stride-1 convolution by Winograd's minimal filtering F(2×2, 3×3) (Lavin & Gray, "Fast
/// Algorithms for Convolutional Neural Networks", 2016): each 2×2 block of outputs comes from a 4×4
/// block of inputs with 16 multiplies per channel pair instead of 36. The input blocks and the
/// kernel are transformed (Bᵀ d B, G g Gᵀ), the 16 transformed positions become 16 independent
/// matrix products (tiles × C · C × K), and Aᵀ m A turns each product's tile back into outputs.
///
/// Why by hand: no maintained Swift or C library on this machine offers it (OpenBLAS has only
/// products); the transforms are a few dozen additions per tile, the products stay in OpenBLAS.
/// The images are split in two fixed halves, one per core, and chunked by a fixed number of
/// tiles, so results are the same on every run.
struct WinogradConvolution {
    let height: Int, width: Int, channels: Int
    let outputHeight: Int, outputWidth: Int
    let padTop: Int, padLeft: Int
    let filters: Int

    var tileRows: Int { (outputHeight + 1) / 2 }
    var tileColumns: Int { (outputWidth + 1) / 2 }
    var tilesPerImage: Int { tileRows * tileColumns }
    /// Images per chunk: about 400 tiles, so one chunk's transformed inputs and products stay near L2.
    var imagesPerChunk: Int { max(1, 400 / max(1, tilesPerImage)) }

    /// The convolution of a layer's forward pass (its own padding).
    init(geometry: ConvolutionGeometry, filters: Int) {
        height = geometry.height
        width = geometry.width
        channels = geometry.channels
        outputHeight = geometry.outputHeight
        outputWidth = geometry.outputWidth
        padTop = geometry.padTop
        padLeft = geometry.padLeft
        self.filters = filters
    }

    /// The convolution that gives a layer's input gradient from its output gradient: the output
    /// gradient (filters channels) convolved with the kernel rotated by 180° (see `flippedKernel`),
    /// padded by 2 − the forward padding.
    init(inputGradientOf geometry: ConvolutionGeometry, filters: Int) {
        height = geometry.outputHeight
        width = geometry.outputWidth
        channels = filters
        outputHeight = geometry.height
        outputWidth = geometry.width
        padTop = 2 - geometry.padTop
        padLeft = 2 - geometry.padLeft
        self.filters = geometry.channels
    }

    /// Whether Winograd is used for this layer: 3×3, stride 1, deep enough on both sides and with
    /// outputs of at least 14×14. Where it is faster, measured with `folio-bench --models conv`
    /// (docs/benchmarks.md): 1.2–1.4× on 28×28×32 and 14×14×64 maps, but slower on 13×13 and
    /// 7×7 maps, whose few tiles leave the transforms more expensive than the products they save.
    static func applies(to geometry: ConvolutionGeometry, filters: Int) -> Bool {
        geometry.kernel == 3 && geometry.stride == 1 && geometry.channels >= 16 && filters >= 16
            && geometry.outputPixels >= 196 && enabled
    }

    /// FOLIO_WINOGRAD=0 turns the path off, for measuring the direct one (tests switch it too).
    nonisolated(unsafe) static var enabled: Bool = ProcessInfo.processInfo.environment["FOLIO_WINOGRAD"] != "0"

    /// [3, 3, C, K] kernel → the 16 transformed C × K matrices U = G g Gᵀ, position-major.
    static func transformKernel(_ kernel: UnsafePointer<Float>, channels: Int, filters: Int) -> [Float] {
        let plane = channels * filters
        var result = [Float](repeating: 0, count: 16 * plane)
        result.withUnsafeMutableBufferPointer { u in
            guard let up = u.baseAddress else { return }
            for index in 0..<plane {
                var g = [Float](repeating: 0, count: 9)
                for position in 0..<9 { g[position] = kernel[position * plane + index] }
                // Rows of G g, then columns of (G g) Gᵀ.
                var rows = [Float](repeating: 0, count: 12)
                for column in 0..<3 {
                    let (g0, g1, g2) = (g[column], g[3 + column], g[6 + column])
                    rows[column] = g0
                    rows[3 + column] = (g0 + g1 + g2) * 0.5
                    rows[6 + column] = (g0 - g1 + g2) * 0.5
                    rows[9 + column] = g2
                }
                for row in 0..<4 {
                    let (x0, x1, x2) = (rows[row * 3], rows[row * 3 + 1], rows[row * 3 + 2])
                    up[(row * 4) * plane + index] = x0
                    up[(row * 4 + 1) * plane + index] = (x0 + x1 + x2) * 0.5
                    up[(row * 4 + 2) * plane + index] = (x0 - x1 + x2) * 0.5
                    up[(row * 4 + 3) * plane + index] = x2
                }
            }
        }
        return result
    }

    /// The kernel for the input gradient: [3, 3, C, K] rotated by 180° and transposed to [3, 3, K, C].
    static func flippedKernel(_ kernel: UnsafePointer<Float>, channels: Int, filters: Int) -> [Float] {
        var result = [Float](repeating: 0, count: 9 * channels * filters)
        for position in 0..<9 {
            let source = kernel + (8 - position) * channels * filters
            for c in 0..<channels {
                for k in 0..<filters { result[(position * filters + k) * channels + c] = source[c * filters + k] }
            }
        }
        return result
    }

    /// output = transformed-kernel convolution of `images` NHWC images plus `bias` (nil: none),
    /// overwritten. Splits over both cores when `parallel`.
    func forward(input: UnsafePointer<Float>, images: Int, transformedKernel: UnsafePointer<Float>,
                 bias: UnsafePointer<Float>?, output: UnsafeMutablePointer<Float>, parallel: Bool) {
        let half = (images + 1) / 2
        let run = { (range: Range<Int>) in
            guard !range.isEmpty else { return }
            let chunk = min(self.imagesPerChunk, range.count)
            let tiles = chunk * self.tilesPerImage
            let transformed = UnsafeMutablePointer<Float>.allocate(capacity: 16 * tiles * self.channels)
            defer { transformed.deallocate() }
            let products = UnsafeMutablePointer<Float>.allocate(capacity: 16 * tiles * self.filters)
            defer { products.deallocate() }
            var first = range.lowerBound
            while first < range.upperBound {
                let last = min(range.upperBound, first + chunk)
                self.chunk(input: input, images: first..<last, transformedKernel: transformedKernel, bias: bias,
                           output: output, transformed: transformed, products: products)
                first = last
            }
        }
        if parallel, images >= 2 {
            DispatchQueue.concurrentPerform(iterations: 2) { worker in run(worker == 0 ? 0..<half : half..<images) }
        } else {
            run(0..<half)
            run(half..<images)
        }
    }

    private func chunk(input: UnsafePointer<Float>, images: Range<Int>, transformedKernel: UnsafePointer<Float>,
                       bias: UnsafePointer<Float>?, output: UnsafeMutablePointer<Float>,
                       transformed: UnsafeMutablePointer<Float>, products: UnsafeMutablePointer<Float>) {
        let tiles = images.count * tilesPerImage
        let (c, k) = (channels, filters)
        // Scratch reused by every tile: the 16 pixel pointers, a zero pixel for the padding, and lanes.
        let zero = UnsafeMutablePointer<Float>.allocate(capacity: c + 8)
        zero.initialize(repeating: 0, count: c + 8)
        defer { zero.deallocate() }
        let d = UnsafeMutablePointer<UnsafePointer<Float>>.allocate(capacity: 16)
        defer { d.deallocate() }
        let lanes = UnsafeMutablePointer<SIMD8<Float>>.allocate(capacity: 32)
        defer { lanes.deallocate() }
        var tile = 0
        for image in images {
            let source = input + image * height * width * c
            for ty in 0..<tileRows {
                for tx in 0..<tileColumns {
                    for i in 0..<4 {
                        let iy = ty * 2 + i - padTop
                        for j in 0..<4 {
                            let ix = tx * 2 + j - padLeft
                            d[i * 4 + j] = iy >= 0 && iy < height && ix >= 0 && ix < width
                                ? source + (iy * width + ix) * c : UnsafePointer(zero)
                        }
                    }
                    Self.transformInput(d, channels: c, into: transformed + tile * c, positionStride: tiles * c, scratch: lanes)
                    tile += 1
                }
            }
        }
        for position in 0..<16 {
            BLAS.gemmSerial(transposeA: false, transposeB: false, m: tiles, n: k, k: c,
                            a: transformed + position * tiles * c, b: transformedKernel + position * c * k,
                            beta: 0, c: products + position * tiles * k)
        }
        let targets = UnsafeMutablePointer<UnsafeMutablePointer<Float>?>.allocate(capacity: 4)
        defer { targets.deallocate() }
        tile = 0
        for image in images {
            let target = output + image * outputHeight * outputWidth * k
            for ty in 0..<tileRows {
                for tx in 0..<tileColumns {
                    for a in 0..<2 {
                        for b in 0..<2 {
                            let (oy, ox) = (ty * 2 + a, tx * 2 + b)
                            targets[a * 2 + b] = oy < outputHeight && ox < outputWidth ? target + (oy * outputWidth + ox) * k : nil
                        }
                    }
                    Self.transformOutput(products + tile * k, positionStride: tiles * k, filters: k, bias: bias, into: targets)
                    tile += 1
                }
            }
        }
    }

    /// Eight lanes from `p + offset`, or the `count` < 8 that are left, zero-padded.
    @inline(__always)
    private static func load(_ p: UnsafePointer<Float>, _ offset: Int, _ count: Int) -> SIMD8<Float> {
        if count >= 8 { return VectorLoops.load(p + offset) }
        var v = SIMD8<Float>(repeating: 0)
        for lane in 0..<count { v[lane] = p[offset + lane] }
        return v
    }

    @inline(__always)
    private static func store(_ v: SIMD8<Float>, _ p: UnsafeMutablePointer<Float>, _ count: Int) {
        if count >= 8 { VectorLoops.store(v, p) } else { for lane in 0..<count { p[lane] = v[lane] } }
    }

    /// V = Bᵀ d B for one tile, eight channels at a time; `d` points at the 16 input pixels' channels.
    @inline(__always)
    private static func transformInput(_ d: UnsafeMutablePointer<UnsafePointer<Float>>, channels: Int,
                                       into target: UnsafeMutablePointer<Float>, positionStride: Int,
                                       scratch: UnsafeMutablePointer<SIMD8<Float>>) {
        let x = scratch, r = scratch + 16
        var c = 0
        while c < channels {
            let count = channels - c
            for position in 0..<16 { x[position] = load(d[position], c, count) }
            for j in 0..<4 {
                r[j] = x[j] - x[8 + j]
                r[4 + j] = x[4 + j] + x[8 + j]
                r[8 + j] = x[8 + j] - x[4 + j]
                r[12 + j] = x[4 + j] - x[12 + j]
            }
            for i in 0..<4 {
                let row = i * 4
                let to = target + row * positionStride + c
                store(r[row] - r[row + 2], to, count)
                store(r[row + 1] + r[row + 2], to + positionStride, count)
                store(r[row + 2] - r[row + 1], to + 2 * positionStride, count)
                store(r[row + 1] - r[row + 3], to + 3 * positionStride, count)
            }
            c += 8
        }
    }

    /// Y = Aᵀ m A (+ bias) for one tile, eight filters at a time, into the (up to) four outputs.
    @inline(__always)
    private static func transformOutput(_ m: UnsafePointer<Float>, positionStride: Int, filters: Int, bias: UnsafePointer<Float>?,
                                        into targets: UnsafeMutablePointer<UnsafeMutablePointer<Float>?>) {
        var k = 0
        while k < filters {
            let count = filters - k
            @inline(__always) func v(_ position: Int) -> SIMD8<Float> { load(m + position * positionStride, k, count) }
            let b = bias.map { load($0, k, count) } ?? SIMD8<Float>(repeating: 0)
            let s0 = v(0) + v(4) + v(8), s1 = v(1) + v(5) + v(9), s2 = v(2) + v(6) + v(10), s3 = v(3) + v(7) + v(11)
            let u0 = v(4) - v(8) - v(12), u1 = v(5) - v(9) - v(13), u2 = v(6) - v(10) - v(14), u3 = v(7) - v(11) - v(15)
            if let p = targets[0] { store(s0 + s1 + s2 + b, p + k, count) }
            if let p = targets[1] { store(s1 - s2 - s3 + b, p + k, count) }
            if let p = targets[2] { store(u0 + u1 + u2 + b, p + k, count) }
            if let p = targets[3] { store(u1 - u2 - u3 + b, p + k, count) }
            k += 8
        }
    }
}

import Foundation
