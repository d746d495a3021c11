/// The backward pass of a layer on the Winograd path: per chunk of images on each core, the
/// activation's derivative, the bias sums, the kernel gradient in the transformed domain
/// (WinogradConvolution+KernelGradient) and the input gradient as a Winograd convolution of the
/// output gradient with the rotated kernel. Chunks and halves are fixed, and the two halves'
/// transformed gradients are added in a fixed order: the same bits on every run.
extension ConvolutionChunks {
    func winogradBackward(input: UnsafePointer<Float>, images: Int, output: UnsafePointer<Float>,
                          gradient: UnsafePointer<Float>, kernel: UnsafePointer<Float>,
                          kernelGradient: UnsafeMutablePointer<Float>, biasGradient: UnsafeMutablePointer<Float>,
                          inputGradient: UnsafeMutablePointer<Float>?) {
        let (channels, filters, pixels) = (geometry.channels, self.filters, geometry.outputPixels)
        let tile = WinogradConvolution.tile(for: geometry, filters: filters)
        let forward = WinogradConvolution(geometry: geometry, filters: filters, tile: tile)
        let backward = WinogradConvolution(inputGradientOf: geometry, filters: filters, tile: tile)
        let flipped = inputGradient == nil ? [] : WinogradConvolution.flippedKernel(kernel, channels: channels, filters: filters)
            .withUnsafeBufferPointer { f in
                f.baseAddress.map { WinogradConvolution.transformKernel($0, channels: filters, filters: channels, tile: tile) } ?? []
            }
        let plane = channels * filters
        let positions = forward.positions
        let stride = positions * plane + filters
        let partials = UnsafeMutablePointer<Float>.allocate(capacity: 2 * stride)
        defer { partials.deallocate() }
        partials.initialize(repeating: 0, count: 2 * stride)
        forEachHalf(images) { worker, range in
            guard !range.isEmpty else { return }
            let transformedPartial = partials + worker * stride
            let biasPartial = transformedPartial + positions * plane
            let chunk = min(forward.imagesPerChunk, range.count)
            let tiles = chunk * forward.tilesPerImage
            let transformed = UnsafeMutablePointer<Float>.allocate(capacity: positions * tiles * channels)
            defer { transformed.deallocate() }
            let carried = UnsafeMutablePointer<Float>.allocate(capacity: positions * tiles * filters)
            defer { carried.deallocate() }
            let delta = UnsafeMutablePointer<Float>.allocate(capacity: chunk * pixels * filters)
            defer { delta.deallocate() }
            var first = range.lowerBound
            while first < range.upperBound {
                let last = min(range.upperBound, first + chunk)
                let rows = (last - first) * pixels
                let chunkOutput = output + first * pixels * filters
                activationDelta(gradient + first * pixels * filters, output: chunkOutput, rows: rows, into: delta)
                VectorLoops.accumulateRows(delta, rows: rows, width: filters, into: biasPartial)
                let chunkTiles = (last - first) * forward.tilesPerImage
                forward.transformInputs(input, images: first..<last, into: transformed)
                forward.transformOutputGradient(delta, images: last - first, into: carried)
                for position in 0..<positions {
                    BLAS.gemmSerial(transposeA: true, transposeB: false, m: channels, n: filters, k: chunkTiles,
                                    a: transformed + position * chunkTiles * channels, b: carried + position * chunkTiles * filters,
                                    beta: 1, c: transformedPartial + position * plane)
                }
                if let inputGradient {
                    flipped.withUnsafeBufferPointer { u in
                        guard let up = u.baseAddress else { return }
                        backward.forward(input: delta, images: last - first, transformedKernel: up, bias: nil,
                                         output: inputGradient + first * geometry.inputImageSize, parallel: false)
                    }
                }
                first = last
            }
        }
        let total = UnsafeMutablePointer<Float>.allocate(capacity: stride)
        defer { total.deallocate() }
        for index in 0..<stride { total[index] = partials[index] + partials[stride + index] }
        WinogradConvolution.kernelGradient(fromTransformed: total, channels: channels, filters: filters, tile: tile,
                                           into: kernelGradient)
        biasGradient.update(from: total + positions * plane, count: filters)
    }
}
