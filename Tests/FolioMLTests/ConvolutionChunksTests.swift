import XCTest
@testable import FolioML

/// The chunked, two-core convolution against a plain loop-nest convolution, for several chunk sizes
/// and a batch large enough to take the parallel path.
final class ConvolutionChunksTests: XCTestCase {
    private struct Case {
        let geometry: ConvolutionGeometry
        let filters: Int
        let images: Int
        let input: [Float]
        let kernel: [Float]
        let bias: [Float]
        let upstream: [Float]
    }

    private func makeCase(images: Int, padding: Padding, channels: Int = 4) -> Case {
        let geometry = ConvolutionGeometry(height: 12, width: 11, channels: channels, kernel: 3, stride: 1, padding: padding)
        let filters = 16
        let input = GradientChecking.randomTensor([images * geometry.inputImageSize], seed: 11).storage
        let kernel = GradientChecking.randomTensor([geometry.patchSize * filters], seed: 12, scale: 0.2).storage
        let bias = GradientChecking.randomTensor([filters], seed: 13, scale: 0.1).storage
        let upstream = GradientChecking.randomTensor([images * geometry.outputPixels * filters], seed: 14).storage
        return Case(geometry: geometry, filters: filters, images: images, input: input, kernel: kernel,
                    bias: bias, upstream: upstream)
    }

    /// Direct convolution with tanh or ReLU, and its gradients for the upstream gradient, by loop nests.
    private func reference(_ c: Case, activation: Activation = .tanh) -> (output: [Float], kernel: [Double], bias: [Double], input: [Double]) {
        let g = c.geometry
        var output = [Float](repeating: 0, count: c.images * g.outputPixels * c.filters)
        var kernelGradient = [Double](repeating: 0, count: c.kernel.count)
        var biasGradient = [Double](repeating: 0, count: c.filters)
        var inputGradient = [Double](repeating: 0, count: c.input.count)
        for image in 0..<c.images {
            for oy in 0..<g.outputHeight {
                for ox in 0..<g.outputWidth {
                    let outBase = ((image * g.outputHeight + oy) * g.outputWidth + ox) * c.filters
                    for f in 0..<c.filters {
                        var sum = Double(c.bias[f])
                        forEachTap(g, oy, ox) { inIndex, weightRow in
                            sum += Double(c.input[image * g.inputImageSize + inIndex]) * Double(c.kernel[weightRow * c.filters + f])
                        }
                        let y = activation == .relu ? Float(max(0, sum)) : Float(tanh(sum))
                        output[outBase + f] = y
                        let slope = activation == .relu ? (y > 0 ? 1 : 0) : 1 - Double(y) * Double(y)
                        let delta = Double(c.upstream[outBase + f]) * slope
                        biasGradient[f] += delta
                        forEachTap(g, oy, ox) { inIndex, weightRow in
                            kernelGradient[weightRow * c.filters + f] += delta * Double(c.input[image * g.inputImageSize + inIndex])
                            inputGradient[image * g.inputImageSize + inIndex] += delta * Double(c.kernel[weightRow * c.filters + f])
                        }
                    }
                }
            }
        }
        return (output, kernelGradient, biasGradient, inputGradient)
    }

    /// Calls `body(input pixel·channel offset within the image, kernel row)` for each tap inside the image.
    private func forEachTap(_ g: ConvolutionGeometry, _ oy: Int, _ ox: Int, _ body: (Int, Int) -> Void) {
        for ky in 0..<g.kernel {
            for kx in 0..<g.kernel {
                let iy = oy * g.stride + ky - g.padTop
                let ix = ox * g.stride + kx - g.padLeft
                guard iy >= 0, iy < g.height, ix >= 0, ix < g.width else { continue }
                for channel in 0..<g.channels {
                    body((iy * g.width + ix) * g.channels + channel, (ky * g.kernel + kx) * g.channels + channel)
                }
            }
        }
    }

    private func run(_ c: Case, imagesPerChunk: Int?, activation: Activation = .tanh)
        -> (output: [Float], kernel: [Float], bias: [Float], input: [Float]) {
        let chunks = ConvolutionChunks(geometry: c.geometry, filters: c.filters, activation: activation,
                                       fusedWithLoss: false, imagesPerChunk: imagesPerChunk)
        var output = [Float](repeating: .nan, count: c.upstream.count)
        var kernelGradient = [Float](repeating: .nan, count: c.kernel.count)
        var biasGradient = [Float](repeating: .nan, count: c.filters)
        var inputGradient = [Float](repeating: .nan, count: c.input.count)
        c.input.withUnsafeBufferPointer { x in
            c.kernel.withUnsafeBufferPointer { w in
                c.bias.withUnsafeBufferPointer { b in
                    output.withUnsafeMutableBufferPointer { o in
                        chunks.forward(input: x.baseAddress!, images: c.images, kernel: w.baseAddress!,
                                       bias: b.baseAddress!, output: o.baseAddress!)
                    }
                    output.withUnsafeBufferPointer { o in
                        c.upstream.withUnsafeBufferPointer { d in
                            kernelGradient.withUnsafeMutableBufferPointer { kg in
                                biasGradient.withUnsafeMutableBufferPointer { bg in
                                    inputGradient.withUnsafeMutableBufferPointer { ig in
                                        chunks.backward(input: x.baseAddress!, images: c.images, output: o.baseAddress!,
                                                        gradient: d.baseAddress!, kernel: w.baseAddress!,
                                                        kernelGradient: kg.baseAddress!, biasGradient: bg.baseAddress!,
                                                        inputGradient: ig.baseAddress!)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return (output, kernelGradient, biasGradient, inputGradient)
    }

    private func assertClose(_ got: [Float], _ expected: [Double], _ what: String, line: UInt = #line) {
        XCTAssertEqual(got.count, expected.count, what, line: line)
        let worst = zip(got, expected).map { abs(Double($0) - $1) / max(1, abs($1)) }.max() ?? .nan
        XCTAssertLessThan(worst, 1e-4, "\(what): largest relative error \(worst)", line: line)
    }

    func testEveryChunkSizeMatchesLoopNestsOnTheParallelPath() {
        // 4 channels: a 36-value patch, the direct forward product; 8 channels: 72, the transposed one.
        XCTAssertLessThan(3 * 3 * 4, ConvolutionChunks.transposedForwardMinimumPatch)
        XCTAssertGreaterThanOrEqual(3 * 3 * 8, ConvolutionChunks.transposedForwardMinimumPatch)
        for (padding, channels) in [(Padding.valid, 4), (.same, 4), (.valid, 8), (.same, 8)] {
            let c = makeCase(images: 24, padding: padding, channels: channels)
            XCTAssertGreaterThanOrEqual(c.images * c.geometry.outputPixels * c.geometry.patchSize * c.filters,
                                        ConvolutionChunks.parallelThreshold)
            let expected = reference(c)
            for chunk in [1, 2, 5, nil] {
                let got = run(c, imagesPerChunk: chunk)
                let label = "\(padding), \(channels) channels, chunk \(chunk.map(String.init) ?? "default")"
                assertClose(got.output, expected.output.map(Double.init), "output, \(label)")
                assertClose(got.kernel, expected.kernel, "kernel gradient, \(label)")
                assertClose(got.bias, expected.bias, "bias gradient, \(label)")
                assertClose(got.input, expected.input, "input gradient, \(label)")
            }
        }
    }

    func testReLUPathMatchesLoopNests() {
        for channels in [4, 8] {
            let c = makeCase(images: 24, padding: .valid, channels: channels)
            let expected = reference(c, activation: .relu)
            let got = run(c, imagesPerChunk: 2, activation: .relu)
            XCTAssertTrue(got.output.contains(0) && got.output.contains { $0 > 0 }, "the case should hit both sides of ReLU")
            assertClose(got.output, expected.output.map(Double.init), "output")
            assertClose(got.kernel, expected.kernel, "kernel gradient")
            assertClose(got.bias, expected.bias, "bias gradient")
            assertClose(got.input, expected.input, "input gradient")
        }
    }

    func testRepeatedRunsAreBitIdentical() {
        for channels in [4, 8] {
            let c = makeCase(images: 13, padding: .valid, channels: channels)
            let first = run(c, imagesPerChunk: 3)
            let second = run(c, imagesPerChunk: 3)
            XCTAssertEqual(first.output, second.output)
            XCTAssertEqual(first.kernel, second.kernel)
            XCTAssertEqual(first.bias, second.bias)
            XCTAssertEqual(first.input, second.input)
        }
    }

    func testMaxPoolGradientGoesToTheFirstMaximumOnly() throws {
        let pool = try MaxPool2D(2)
        var generator = SeededGenerator(seed: 1)
        _ = try pool.build(inputShape: [3, 3, 1], previous: nil, generator: &generator)
        // Window [[5, 5], [1, 5]] has a three-way tie; the last row and column are outside every window.
        let input = try Tensor(shape: [1, 3, 3, 1], storage: [5, 5, 9, 1, 5, 9, 9, 9, 9])
        let output = try pool.forward(input, training: true)
        XCTAssertEqual(output.storage, [5])
        let gradient = try XCTUnwrap(pool.backward(try Tensor(shape: [1, 1, 1, 1], storage: [2]), needsInputGradient: true))
        XCTAssertEqual(gradient.storage, [2, 0, 0, 0, 0, 0, 0, 0, 0])
    }
}
