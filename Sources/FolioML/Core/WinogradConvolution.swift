import Dispatch

/// 3×3, stride-1 convolution by Winograd's minimal filtering F(2×2, 3×3) (Lavin & Gray, "Fast
/// Algorithms for Convolutional Neural Networks", 2016): each 2×2 block of outputs comes from a 4×4
/// block of inputs with 16 multiplies per channel pair instead of 36. The input blocks and the
/// kernel are transformed (Bᵀ d B, G g Gᵀ), the 16 transformed positions become 16 independent
/// matrix products (tiles × C · C × K), and Aᵀ m A turns each product's tile back into outputs.
///
/// With `tile` 4 the same machinery runs F(4×4, 3×3) (WinogradF4: 6×6 input tiles, 36 positions),
/// the default; the kernel gradient is computed in the transformed domain too
/// (WinogradConvolution+KernelGradient).
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
    /// Outputs per tile side: 2 for F(2×2, 3×3), 4 for F(4×4, 3×3) (WinogradF4).
    let tile: Int

    /// Inputs per tile side, and the transformed positions of a tile (16 or 36).
    var size: Int { tile + 2 }
    var positions: Int { size * size }
    var tileRows: Int { (outputHeight + tile - 1) / tile }
    var tileColumns: Int { (outputWidth + tile - 1) / tile }
    var tilesPerImage: Int { tileRows * tileColumns }
    /// Images per chunk: about 6,400 transformed tile positions (400 tiles of F(2×2)), so one
    /// chunk's transformed inputs and products stay near L2.
    var imagesPerChunk: Int { max(1, 6400 / positions / max(1, tilesPerImage)) }

    /// The convolution of a layer's forward pass (its own padding).
    init(geometry: ConvolutionGeometry, filters: Int, tile: Int = 2) {
        height = geometry.height
        width = geometry.width
        channels = geometry.channels
        outputHeight = geometry.outputHeight
        outputWidth = geometry.outputWidth
        padTop = geometry.padTop
        padLeft = geometry.padLeft
        self.filters = filters
        self.tile = tile
    }

    /// The convolution that gives a layer's input gradient from its output gradient: the output
    /// gradient (filters channels) convolved with the kernel rotated by 180° (see `flippedKernel`),
    /// padded by 2 − the forward padding.
    init(inputGradientOf geometry: ConvolutionGeometry, filters: Int, tile: Int = 2) {
        height = geometry.outputHeight
        width = geometry.outputWidth
        channels = filters
        outputHeight = geometry.height
        outputWidth = geometry.width
        padTop = 2 - geometry.padTop
        padLeft = 2 - geometry.padLeft
        self.filters = geometry.channels
        self.tile = tile
    }

    /// Whether Winograd is used for this layer: 3×3, stride 1, deep enough on both sides, and
    /// outputs of at least 14×14, or 7×7 with `same` padding. Where it is faster, measured with
    /// `folio-bench --models conv` (docs/benchmarks.md, 2026-12-01 11:32): with F(4×4, 3×3) each
    /// step of the benchmark ResNet's layers takes 1.1–1.8× less time, 7×7×64 included; the
    /// classic CNN's 13×13 → 11×11 `valid` layer gains in forward and kernel gradient but loses
    /// more in its input gradient (0.7×: its padding of 2 leaves many tiles mostly zero), so it
    /// stays direct. A forced tile (benchmarks) lifts the size rule.
    static func applies(to geometry: ConvolutionGeometry, filters: Int) -> Bool {
        let paddedSame = geometry.padTop == 1 && geometry.padLeft == 1
        let largeEnough = geometry.outputPixels >= 196 || (geometry.outputPixels >= 49 && paddedSame) || forcedTile != nil
        return geometry.kernel == 3 && geometry.stride == 1 && geometry.channels >= 16 && filters >= 16 && largeEnough && enabled
    }

    /// The tile of a layer on the Winograd path: F(4×4, 3×3) unless `forcedTile` says otherwise.
    /// It was faster than F(2×2, 3×3) on every layer measured (1.3–1.8× on 28×28×32 and 7×7×64)
    /// except 14×14×32 → 64, where the two tied; F(2×2) stays for comparison.
    static func tile(for geometry: ConvolutionGeometry, filters: Int) -> Int {
        forcedTile ?? 4
    }

    /// 2 or 4 forces that tile on every Winograd layer (FOLIO_WINOGRAD_TILE, or benchmarks and tests
    /// that time both); nil lets `tile(for:filters:)` choose.
    nonisolated(unsafe) static var forcedTile: Int? = ProcessInfo.processInfo.environment["FOLIO_WINOGRAD_TILE"]
        .flatMap(Int.init).flatMap { $0 == 2 || $0 == 4 ? $0 : nil }

    /// FOLIO_WINOGRAD=0 turns the path off, for measuring the direct one (tests switch it too).
    nonisolated(unsafe) static var enabled: Bool = ProcessInfo.processInfo.environment["FOLIO_WINOGRAD"] != "0"

    /// [3, 3, C, K] kernel → the 16 transformed C × K matrices U = G g Gᵀ, position-major.
    /// (Scalars on the stack: this runs for every layer on every pass, 1–4 k channel pairs.)
    static func transformKernel(_ kernel: UnsafePointer<Float>, channels: Int, filters: Int, tile: Int = 2) -> [Float] {
        let plane = channels * filters
        var result = [Float](repeating: 0, count: (tile + 2) * (tile + 2) * plane)
        result.withUnsafeMutableBufferPointer { u in
            guard let up = u.baseAddress else { return }
            for index in 0..<plane {
                if tile == 4 {
                    WinogradF4.transformKernel(kernel, plane: plane, index: index, into: up)
                    continue
                }
                @inline(__always) func g(_ position: Int) -> Float { kernel[position * plane + index] }
                // Rows of G g, then columns of (G g) Gᵀ.
                @inline(__always) func rows(_ column: Int) -> (Float, Float, Float, Float) {
                    let (g0, g1, g2) = (g(column), g(3 + column), g(6 + column))
                    return (g0, (g0 + g1 + g2) * 0.5, (g0 - g1 + g2) * 0.5, g2)
                }
                let (c0, c1, c2) = (rows(0), rows(1), rows(2))
                @inline(__always) func store(_ row: Int, _ x0: Float, _ x1: Float, _ x2: Float) {
                    up[(row * 4) * plane + index] = x0
                    up[(row * 4 + 1) * plane + index] = (x0 + x1 + x2) * 0.5
                    up[(row * 4 + 2) * plane + index] = (x0 - x1 + x2) * 0.5
                    up[(row * 4 + 3) * plane + index] = x2
                }
                store(0, c0.0, c1.0, c2.0)
                store(1, c0.1, c1.1, c2.1)
                store(2, c0.2, c1.2, c2.2)
                store(3, c0.3, c1.3, c2.3)
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
            let transformed = UnsafeMutablePointer<Float>.allocate(capacity: self.positions * tiles * self.channels)
            defer { transformed.deallocate() }
            let products = UnsafeMutablePointer<Float>.allocate(capacity: self.positions * tiles * self.filters)
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
        let k = filters
        transformInputs(input, images: images, into: transformed)
        for position in 0..<positions {
            BLAS.gemmSerial(transposeA: false, transposeB: false, m: tiles, n: k, k: channels,
                            a: transformed + position * tiles * channels, b: transformedKernel + position * channels * k,
                            beta: 0, c: products + position * tiles * k)
        }
        let targets = UnsafeMutablePointer<UnsafeMutablePointer<Float>?>.allocate(capacity: tile * tile)
        defer { targets.deallocate() }
        let lanes = UnsafeMutablePointer<SIMD8<Float>>.allocate(capacity: 36)
        defer { lanes.deallocate() }
        var index = 0
        for image in images {
            let target = output + image * outputHeight * outputWidth * k
            for ty in 0..<tileRows {
                for tx in 0..<tileColumns {
                    for a in 0..<tile {
                        for b in 0..<tile {
                            let (oy, ox) = (ty * tile + a, tx * tile + b)
                            targets[a * tile + b] = oy < outputHeight && ox < outputWidth ? target + (oy * outputWidth + ox) * k : nil
                        }
                    }
                    if tile == 4 {
                        WinogradF4.transformOutput(products + index * k, positionStride: tiles * k, filters: k, bias: bias,
                                                   into: targets, scratch: lanes)
                    } else {
                        Self.transformOutput(products + index * k, positionStride: tiles * k, filters: k, bias: bias, into: targets)
                    }
                    index += 1
                }
            }
        }
    }

    /// V = Bᵀ d B of every tile of `images` (NHWC at `input`), position-major: positions × tiles × C.
    func transformInputs(_ input: UnsafePointer<Float>, images: Range<Int>, into transformed: UnsafeMutablePointer<Float>) {
        let tiles = images.count * tilesPerImage
        let c = channels
        // Scratch reused by every tile: the 16 pixel pointers, a zero pixel for the padding, and lanes.
        let zero = UnsafeMutablePointer<Float>.allocate(capacity: c + 8)
        zero.initialize(repeating: 0, count: c + 8)
        defer { zero.deallocate() }
        let d = UnsafeMutablePointer<UnsafePointer<Float>>.allocate(capacity: positions)
        defer { d.deallocate() }
        let lanes = UnsafeMutablePointer<SIMD8<Float>>.allocate(capacity: 36)
        defer { lanes.deallocate() }
        let size = self.size
        var index = 0
        for image in images {
            let source = input + image * height * width * c
            for ty in 0..<tileRows {
                for tx in 0..<tileColumns {
                    for i in 0..<size {
                        let iy = ty * tile + i - padTop
                        for j in 0..<size {
                            let ix = tx * tile + j - padLeft
                            d[i * size + j] = iy >= 0 && iy < height && ix >= 0 && ix < width
                                ? source + (iy * width + ix) * c : UnsafePointer(zero)
                        }
                    }
                    if tile == 4 {
                        WinogradF4.transformInput(d, channels: c, into: transformed + index * c, positionStride: tiles * c, scratch: lanes)
                    } else {
                        Self.transformInput(d, channels: c, into: transformed + index * c, positionStride: tiles * c, scratch: lanes)
                    }
                    index += 1
                }
            }
        }
    }

    /// Eight lanes from `p + offset`, or the `count` < 8 that are left, zero-padded.
    @inline(__always)
    static func load(_ p: UnsafePointer<Float>, _ offset: Int, _ count: Int) -> SIMD8<Float> {
        if count >= 8 { return VectorLoops.load(p + offset) }
        var v = SIMD8<Float>(repeating: 0)
        for lane in 0..<count { v[lane] = p[offset + lane] }
        return v
    }

    @inline(__always)
    static func store(_ v: SIMD8<Float>, _ p: UnsafeMutablePointer<Float>, _ count: Int) {
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
