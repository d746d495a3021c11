import XCTest
@testable import FolioML

/// The passes between the convolutions (BatchNorm, activations, the residual sum, global average
/// pooling) run on both cores for large batches: they must give the same bits as on one core.
final class ParallelPassesTests: XCTestCase {
    override func tearDown() { ChannelLoops.parallelThreshold = ChannelLoops.defaultParallelThreshold }

    /// Forward output, input gradient and parameter gradients of a training step of `layer`.
    private func step(_ layer: Layer, _ input: Tensor) throws -> [[Float]] {
        let output = try layer.forward(input, training: true)
        let upstream = GradientChecking.randomTensor(output.shape, seed: 21)
        let gradient = try layer.backward(upstream, needsInputGradient: true)
        return [output.storage, gradient?.storage ?? []] + layer.parameters.map(\.gradient) + layer.parameters.map(\.value)
    }

    func testBatchNormIsTheSameOnOneAndTwoCores() throws {
        // 44 channels: the split falls at 24, and 4 channels take the scalar tail.
        let input = GradientChecking.randomTensor([64, 8, 8, 44], seed: 3, scale: 2)
        XCTAssertGreaterThanOrEqual(input.count, ChannelLoops.defaultParallelThreshold, "large enough to split")
        var results: [[[Float]]] = []
        for threshold in [Int.max, ChannelLoops.defaultParallelThreshold] {
            ChannelLoops.parallelThreshold = threshold
            let norm = try BatchNorm(momentum: 0.9)
            var generator = SeededGenerator(seed: 1)
            _ = try norm.build(inputShape: [8, 8, 44], previous: nil, generator: &generator)
            results.append(try step(norm, input))
        }
        XCTAssertEqual(results[0], results[1])
    }

    func testBatchNormStatisticsMatchADoubleReference() throws {
        let (rows, channels) = (4096, 44)
        let input = GradientChecking.randomTensor([rows, channels], seed: 4, scale: 3)
        let stats = input.storage.withUnsafeBufferPointer { x in
            ChannelLoops.meanAndVariance(x.baseAddress!, rows: rows, channels: channels)
        }
        for c in [0, 7, 23, 24, 40, 43] {
            let column = (0..<rows).map { Double(input.storage[$0 * channels + c]) }
            let mean = column.reduce(0, +) / Double(rows)
            let variance = column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(rows)
            XCTAssertEqual(Double(stats.mean[c]), mean, accuracy: 1e-5, "channel \(c)")
            XCTAssertEqual(stats.variance[c], variance, accuracy: 1e-4 * variance, "channel \(c)")
        }
    }

    func testActivationLayerAndResidualSumMatchElementWiseReferences() throws {
        let input = GradientChecking.randomTensor([48, 28, 28, 4], seed: 5)
        let relu = ActivationLayer(.relu)
        var generator = SeededGenerator(seed: 1)
        _ = try relu.build(inputShape: [28, 28, 4], previous: nil, generator: &generator)
        let output = try relu.forward(input, training: true)
        XCTAssertEqual(output.storage, input.storage.map { $0 < 0 ? 0 : $0 })
        let upstream = GradientChecking.randomTensor(output.shape, seed: 6)
        let gradient = try XCTUnwrap(try relu.backward(upstream, needsInputGradient: true))
        XCTAssertEqual(gradient.storage, zip(upstream.storage, output.storage).map { $1 > 0 ? $0 : 0 })

        let count = input.count
        let a = GradientChecking.randomTensor([count], seed: 7), b = GradientChecking.randomTensor([count], seed: 8)
        var sum = [Float](repeating: 0, count: count)
        a.storage.withUnsafeBufferPointer { ap in
            b.storage.withUnsafeBufferPointer { bp in
                sum.withUnsafeMutableBufferPointer { sp in
                    Parallel.forEachChunk(count, minimumPerChunk: 1000) {
                        VectorLoops.add(ap.baseAddress!, bp.baseAddress!, into: sp.baseAddress!, $0, relu: true)
                    }
                }
            }
        }
        XCTAssertEqual(sum, zip(a.storage, b.storage).map { max(0, $0 + $1) })
    }

    func testGlobalAveragePoolingOverManyImages() throws {
        let pool = GlobalAvgPool2D()
        var generator = SeededGenerator(seed: 1)
        _ = try pool.build(inputShape: [7, 7, 64], previous: nil, generator: &generator)
        let input = GradientChecking.randomTensor([40, 7, 7, 64], seed: 9)
        let output = try pool.forward(input, training: true)
        for (image, c) in [(0, 0), (17, 33), (39, 63)] {
            var total: Float = 0
            for pixel in 0..<49 { total += input.storage[(image * 49 + pixel) * 64 + c] }
            XCTAssertEqual(output.storage[image * 64 + c], total * (1 / 49), accuracy: 1e-6)
        }
        try GradientChecking.check(pool, input: GradientChecking.randomTensor([3, 7, 7, 64], seed: 10))
    }
}
