import XCTest
@testable import FolioML

/// The Winograd F(2×2, 3×3) path against the direct (im2col) one on the layers it serves.
final class WinogradTests: XCTestCase {
    override func tearDown() {
        WinogradConvolution.enabled = true
        WinogradConvolution.forcedTile = nil
    }

    private func relativeError(_ a: [Float], _ b: [Float]) -> Double {
        var difference = 0.0, norm = 0.0
        for (x, y) in zip(a, b) {
            difference += Double(x - y) * Double(x - y)
            norm += Double(y) * Double(y)
        }
        return (difference / max(norm, 1e-30)).squareRoot()
    }

    /// Forward output, input gradient and kernel gradient of one training step.
    private func step(_ layer: Conv2D, _ input: Tensor, winograd: Bool) throws -> (output: [Float], input: [Float], kernel: [Float]) {
        WinogradConvolution.enabled = winograd
        let output = try layer.forward(input, training: true)
        let upstream = GradientChecking.randomTensor(output.shape, seed: 31)
        let gradient = try layer.backward(upstream, needsInputGradient: true)
        return (output.storage, gradient?.storage ?? [], layer.parameters[0].gradient)
    }

    func testMatchesTheDirectConvolutionOnResNetLayers() throws {
        // The shapes of the benchmark ResNet's 3×3 convolutions, same and valid padding, odd sizes.
        let cases: [(shape: [Int], filters: Int, padding: Padding)] = [
            ([28, 28, 32], 32, .same), ([14, 14, 32], 64, .same), ([14, 14, 64], 64, .same), ([7, 7, 64], 64, .same),
            ([18, 17, 16], 24, .valid),
        ]
        for tile in [2, 4] {
            WinogradConvolution.forcedTile = tile
            for (shape, filters, padding) in cases {
                let layer = try Conv2D(filters, kernel: 3, padding: padding, activation: .relu)
                var generator = SeededGenerator(seed: 5)
                _ = try layer.build(inputShape: shape, previous: nil, generator: &generator)
                layer.parameters[1].value = (0..<filters).map { Float($0 % 5) * 0.01 }
                let input = GradientChecking.randomTensor([5] + shape, seed: 6)
                XCTAssertTrue(WinogradConvolution.applies(to: ConvolutionGeometry(height: shape[0], width: shape[1], channels: shape[2], kernel: 3,
                                                                                stride: 1, padding: padding), filters: filters))
                let direct = try step(layer, input, winograd: false)
                let fast = try step(layer, input, winograd: true)
                XCTAssertLessThan(relativeError(fast.output, direct.output), 1e-4, "\(shape) forward, F(\(tile)×\(tile))")
                XCTAssertLessThan(relativeError(fast.input, direct.input), 1e-4, "\(shape) input gradient, F(\(tile)×\(tile))")
                XCTAssertLessThan(relativeError(fast.kernel, direct.kernel), 1e-4, "\(shape) kernel gradient, F(\(tile)×\(tile))")
                let again = try step(layer, input, winograd: true)
                XCTAssertEqual(again.output, fast.output, "deterministic run to run")
                XCTAssertEqual(again.input, fast.input)
                XCTAssertEqual(again.kernel, fast.kernel)
            }
        }
    }

    func testWinogradLayerPassesTheGradientCheck() throws {
        for tile in [2, 4] {
            WinogradConvolution.forcedTile = tile
            let layer = try Conv2D(16, kernel: 3, padding: .same, activation: .tanh)
            var generator = SeededGenerator(seed: 9)
            _ = try layer.build(inputShape: [15, 14, 16], previous: nil, generator: &generator)
            try GradientChecking.check(layer, input: GradientChecking.randomTensor([1, 15, 14, 16], seed: 10))
        }
    }

    func testOnlyDeepThreeByThreeStrideOneLayersUseIt() {
        func applies(_ kernel: Int, _ stride: Int, _ channels: Int) -> Bool {
            WinogradConvolution.applies(to: ConvolutionGeometry(height: 16, width: 16, channels: channels, kernel: kernel, stride: stride,
                                                                padding: .same), filters: 32)
        }
        XCTAssertTrue(WinogradConvolution.applies(to: ConvolutionGeometry(height: 14, width: 14, channels: 32, kernel: 3, stride: 1, padding: .same), filters: 32))
        XCTAssertFalse(applies(3, 2, 32))
        XCTAssertFalse(applies(5, 1, 32))
        XCTAssertFalse(applies(3, 1, 1), "the stem's single channel is faster direct")
        XCTAssertTrue(WinogradConvolution.applies(to: ConvolutionGeometry(height: 7, width: 7, channels: 64, kernel: 3, stride: 1,
                                                                          padding: .same), filters: 64), "7×7 same maps gain with F(4×4)")
        XCTAssertFalse(WinogradConvolution.applies(to: ConvolutionGeometry(height: 13, width: 13, channels: 32, kernel: 3, stride: 1,
                                                                           padding: .valid), filters: 64), "the CNN's conv2 is faster direct")
    }
}
