import Dispatch
import Foundation

/// Runs a convolution (im2col + sgemm) over a batch in cache-sized chunks of images.
///
/// Why: unfolding the whole batch at once makes a buffer of tens of megabytes that streams through
/// memory three times per step (written by im2col, read by the forward sgemm, read again by the
/// kernel-gradient sgemm), and splitting each large sgemm over both cores costs a join per product.
/// Here the images are split into two fixed halves, one per core; each core unfolds a few images
/// at a time into its own small buffer, which stays in its L2 cache for the sgemm that reads it,
/// and runs single-threaded sgemms (the backward shapes reach ~30 GFLOP/s per core here, more than
/// one product split over both cores gets per core; the forward shape about 18). Backward
/// unfolds again (cheaper than keeping the batch's patches) and accumulates the kernel gradient per
/// half; the two halves are added at the end in a fixed order, so results never depend on
/// scheduling, only on the fixed chunking.
struct ConvolutionChunks {
    let geometry: ConvolutionGeometry
    let filters: Int
    let activation: Activation
    let fusedWithLoss: Bool
    let imagesPerChunk: Int

    /// `imagesPerChunk` nil: as many images as fit in `columnBudget` (at least one).
    init(geometry: ConvolutionGeometry, filters: Int, activation: Activation, fusedWithLoss: Bool,
         imagesPerChunk: Int? = nil) {
        self.geometry = geometry
        self.filters = filters
        self.activation = activation
        self.fusedWithLoss = fusedWithLoss
        self.imagesPerChunk = max(1, imagesPerChunk
            ?? Self.columnBudget / max(1, geometry.outputPixels * geometry.patchSize))
    }

    /// Floats of unfolded patches per chunk (384 KiB: two images of the reference CNN's second
    /// convolution). On the 2-core EPYC (512 KiB L2 per core) 96, 192, 768 KiB and more used more
    /// CPU time per epoch (measured under load, so only roughly). FOLIO_CONV_CHUNK_KIB overrides
    /// it, for measuring only: the chunking
    /// fixes the order of the kernel-gradient sums, so results depend on it (slightly).
    static let columnBudget: Int = {
        if let text = ProcessInfo.processInfo.environment["FOLIO_CONV_CHUNK_KIB"], let kib = Int(text), kib > 0 {
            return kib * 256
        }
        return 96 * 1024
    }()

    /// Below this many multiply-adds per batch the work runs on one thread.
    static let parallelThreshold = 1 << 20

    /// From this patch size on, the forward product is computed transposed (see `forward`).
    static let transposedForwardMinimumPatch = 64

    /// output = activation(unfold(input) · kernel + bias) for `images` NHWC images.
    ///
    /// For deep inputs (patches of `transposedForwardMinimumPatch` values or more) the product is
    /// computed as kernelᵀ · patchesᵀ, filters × pixels, then transposed into NHWC while the bias
    /// is added. Why: OpenBLAS 0.3.21's Zen kernels run pixels × 64 × 288 at about 17.5 GFLOP/s but
    /// 64 × pixels × 288 at about 25 once a chunk has more than ~256 pixels (below that the
    /// transposed shape is slower), so those chunks take twice the images of backward's; the
    /// transpose, in cache, costs far less than it saves. Shallow inputs (conv1's 9 values) are
    /// faster the direct way.
    func forward(input: UnsafePointer<Float>, images: Int, kernel: UnsafePointer<Float>,
                 bias: UnsafePointer<Float>, output: UnsafeMutablePointer<Float>) {
        let (patch, pixels, filters) = (geometry.patchSize, geometry.outputPixels, self.filters)
        if WinogradConvolution.applies(to: geometry, filters: filters) {
            let tile = WinogradConvolution.tile(for: geometry, filters: filters)
            let winograd = WinogradConvolution(geometry: geometry, filters: filters, tile: tile)
            let transformed = WinogradConvolution.transformKernel(kernel, channels: geometry.channels, filters: filters, tile: tile)
            transformed.withUnsafeBufferPointer { u in
                guard let up = u.baseAddress else { return }
                winograd.forward(input: input, images: images, transformedKernel: up, bias: bias, output: output,
                                 parallel: BLAS.useOwnSplit && images * pixels * patch * filters >= Self.parallelThreshold)
            }
            activation.apply(output, rows: images * pixels, width: filters)
            return
        }
        let transposed = patch >= Self.transposedForwardMinimumPatch
        let chunk = transposed ? 2 * imagesPerChunk : imagesPerChunk
        let kernelT: UnsafeMutablePointer<Float>? = transposed ? .allocate(capacity: patch * filters) : nil
        defer { kernelT?.deallocate() }
        if let kernelT {
            for p in 0..<patch {
                for f in 0..<filters { kernelT[f * patch + p] = kernel[p * filters + f] }
            }
        }
        forEachHalf(images) { _, range in
            guard !range.isEmpty else { return }
            let capacity = min(chunk, range.count) * pixels
            let columns = UnsafeMutablePointer<Float>.allocate(capacity: capacity * patch)
            defer { columns.deallocate() }
            let product: UnsafeMutablePointer<Float>? = transposed ? .allocate(capacity: capacity * filters) : nil
            defer { product?.deallocate() }
            var first = range.lowerBound
            while first < range.upperBound {
                let last = min(range.upperBound, first + chunk)
                let rows = (last - first) * pixels
                geometry.im2col(input, images: first..<last, into: columns)
                let out = output + first * pixels * filters
                if let kernelT, let product {
                    BLAS.gemmSerial(transposeA: false, transposeB: true, m: filters, n: rows, k: patch,
                                    a: kernelT, b: columns, beta: 0, c: product)
                    VectorLoops.transpose(product, rows: filters, columns: rows, addingToEachRow: bias, into: out)
                } else {
                    VectorLoops.fillRows(out, rows: rows, width: filters, with: bias)
                    BLAS.gemmSerial(transposeA: false, transposeB: false, m: rows, n: filters, k: patch,
                                    a: columns, b: kernel, beta: 1, c: out)
                }
                activation.apply(out, rows: rows, width: filters, parallel: false)
                first = last
            }
        }
    }

    /// Turns `gradient` (w.r.t. the activation's output) into the gradients of the kernel and bias
    /// (overwritten) and, when `inputGradient` is given, of the input (overwritten). Layers on the
    /// Winograd path take `winogradBackward` (ConvolutionChunks+Winograd).
    func backward(input: UnsafePointer<Float>, images: Int, output: UnsafePointer<Float>,
                  gradient: UnsafePointer<Float>, kernel: UnsafePointer<Float>,
                  kernelGradient: UnsafeMutablePointer<Float>, biasGradient: UnsafeMutablePointer<Float>,
                  inputGradient: UnsafeMutablePointer<Float>?) {
        if WinogradConvolution.applies(to: geometry, filters: filters) {
            return winogradBackward(input: input, images: images, output: output, gradient: gradient, kernel: kernel,
                                    kernelGradient: kernelGradient, biasGradient: biasGradient, inputGradient: inputGradient)
        }
        let (patch, pixels, filters, chunk) = (geometry.patchSize, geometry.outputPixels, self.filters, imagesPerChunk)
        let weightCount = patch * filters
        let stride = weightCount + filters
        let partials = UnsafeMutablePointer<Float>.allocate(capacity: 2 * stride)
        defer { partials.deallocate() }
        partials.initialize(repeating: 0, count: 2 * stride)
        forEachHalf(images) { worker, range in
            guard !range.isEmpty else { return }
            let kernelPartial = partials + worker * stride
            let biasPartial = kernelPartial + weightCount
            let columns = UnsafeMutablePointer<Float>.allocate(capacity: min(chunk, range.count) * pixels * patch)
            defer { columns.deallocate() }
            let delta = UnsafeMutablePointer<Float>.allocate(capacity: min(chunk, range.count) * pixels * filters)
            defer { delta.deallocate() }
            var first = range.lowerBound
            while first < range.upperBound {
                let last = min(range.upperBound, first + chunk)
                let rows = (last - first) * pixels
                let chunkOutput = output + first * pixels * filters
                activationDelta(gradient + first * pixels * filters, output: chunkOutput, rows: rows, into: delta)
                geometry.im2col(input, images: first..<last, into: columns)
                BLAS.gemmSerial(transposeA: true, transposeB: false, m: patch, n: filters, k: rows,
                                a: columns, b: delta, beta: 1, c: kernelPartial)
                VectorLoops.accumulateRows(delta, rows: rows, width: filters, into: biasPartial)
                if let inputGradient {
                    // The patches are no longer needed: their buffer takes the patch gradients.
                    BLAS.gemmSerial(transposeA: false, transposeB: true, m: rows, n: patch, k: filters,
                                    a: delta, b: kernel, beta: 0, c: columns)
                    geometry.col2im(columns, images: first..<last, into: inputGradient)
                }
                first = last
            }
        }
        for index in 0..<stride {
            let sum = partials[index] + partials[stride + index]
            if index < weightCount { kernelGradient[index] = sum } else { biasGradient[index - weightCount] = sum }
        }
    }

    /// The gradient through this layer's activation, for `rows` output pixels of a chunk: what
    /// both backward paths (direct and Winograd) multiply with.
    func activationDelta(_ gradient: UnsafePointer<Float>, output: UnsafePointer<Float>, rows: Int,
                         into delta: UnsafeMutablePointer<Float>) {
        if activation == .relu {
            VectorLoops.reluBackward(gradient, output: output, into: delta, count: rows * filters)
        } else {
            delta.update(from: gradient, count: rows * filters)
            activation.backward(gradient: delta, output: output, rows: rows, width: filters, fusedWithLoss: fusedWithLoss, parallel: false)
        }
    }

    /// Runs `body` for the two fixed halves of the images, on both cores when the work pays for it.
    /// The halves are the same either way, so the arithmetic is too.
    func forEachHalf(_ images: Int, _ body: (Int, Range<Int>) -> Void) {
        let half = (images + 1) / 2
        let work = images * geometry.outputPixels * geometry.patchSize * filters
        if images >= 2, work >= Self.parallelThreshold, BLAS.useOwnSplit, !BLAS.singleThread {
            DispatchQueue.concurrentPerform(iterations: 2) { worker in
                body(worker, worker == 0 ? 0..<half : half..<images)
            }
        } else {
            body(0, 0..<half)
            body(1, half..<images)
        }
    }
}
