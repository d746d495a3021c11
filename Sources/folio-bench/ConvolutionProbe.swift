import FolioML
import Foundation

/// Times each pass of the convolutions of the reference CNN and the benchmark ResNet on a batch of
/// 128 random images — forward, kernel gradient, input gradient — in CPU seconds of the whole
/// process (both cores), and puts each beside this machine's sgemm rate measured the same way
/// (a large square product, OpenBLAS on both cores): the fraction of peak each pass reaches. With
/// Winograd available (3×3, stride 1), each layer is timed on both paths.
enum ConvolutionProbe {
    struct Case {
        var name: String
        var input: [Int]
        var filters: Int
        var padding: Padding
        var needsInputGradient: Bool
    }

    static let cases = [
        Case(name: "cnn conv1 28x28x1 -> 32", input: [28, 28, 1], filters: 32, padding: .valid, needsInputGradient: false),
        Case(name: "cnn conv2 13x13x32 -> 64", input: [13, 13, 32], filters: 64, padding: .valid, needsInputGradient: true),
        Case(name: "resnet 28x28x32 -> 32", input: [28, 28, 32], filters: 32, padding: .same, needsInputGradient: true),
        Case(name: "resnet 14x14x32 -> 64", input: [14, 14, 32], filters: 64, padding: .same, needsInputGradient: true),
        Case(name: "resnet 14x14x64 -> 64", input: [14, 14, 64], filters: 64, padding: .same, needsInputGradient: true),
        Case(name: "resnet 7x7x64 -> 64", input: [7, 7, 64], filters: 64, padding: .same, needsInputGradient: true),
    ]

    /// GFLOP per CPU-second of a 1536² sgemm split over both cores.
    static func peak() throws -> Double {
        let size = 1536
        let a = Tensor(zeros: [size, size])
        for _ in 0..<2 { _ = try MatrixProduct.multiply(a, a) }
        let start = cpuSeconds()
        let repeats = 8
        for _ in 0..<repeats { _ = try MatrixProduct.multiply(a, a) }
        return 2 * pow(Double(size), 3) * Double(repeats) / (cpuSeconds() - start) / 1e9
    }

    static func run() throws {
        let peakRate = try peak()
        print("sgemm peak (1536² · 1536², OpenBLAS on both cores): \(format(peakRate, 1)) GFLOP per CPU-second "
              + "(\(format(2 * peakRate, 1)) GFLOP/s on 2 cores)")
        print("layer | path | forward ms, % of peak | kernel gradient ms, % | input gradient ms, % (ms are CPU ms per batch of 128)")
        for probe in cases {
            var times: [String: (forward: Double, kernel: Double, input: Double)] = [:]
            for path in ["direct", "winograd", "winograd4"] {
                Conv2D.allowsWinograd = path != "direct"
                Conv2D.winogradTile = path == "winograd4" ? 4 : 2
                defer { Conv2D.winogradTile = nil }
                guard let t = try time(probe, winograd: path != "direct") else { continue }
                times[path] = t
                let macs = try multiplyAdds(probe)
                func cell(_ seconds: Double) -> String {
                    seconds > 0 ? "\(format(seconds * 1000, 1)) ms, \(format(100 * 2 * macs / seconds / 1e9 / peakRate, 0)) %" : "–"
                }
                print("\(probe.name) | \(path) | \(cell(t.forward)) | \(cell(t.kernel)) | \(cell(t.input))")
            }
            for path in ["winograd", "winograd4"] {
                guard let direct = times["direct"], let fast = times[path] else { continue }
                let input = probe.needsInputGradient ? ", input gradient \(format(direct.input / fast.input))×" : ""
                print("  \(path == "winograd" ? "F(2×2, 3×3)" : "F(4×4, 3×3)") speed-up: forward \(format(direct.forward / fast.forward))×, "
                      + "kernel gradient \(format(direct.kernel / fast.kernel))×\(input), "
                      + "whole step \(format((direct.forward + direct.kernel + direct.input) / (fast.forward + fast.kernel + fast.input)))×")
            }
        }
    }

    static func multiplyAdds(_ probe: Case) throws -> Double {
        let layer = try Conv2D(probe.filters, kernel: 3, padding: probe.padding)
        var generator = SeededGenerator(seed: 1)
        let output = try layer.build(inputShape: probe.input, previous: nil, generator: &generator)
        return 128 * Double(output[0] * output[1]) * 9 * Double(probe.input[2] * probe.filters)
    }

    /// CPU seconds per batch for forward, kernel gradient and input gradient; nil when the path does
    /// not apply to the layer (Winograd on a 1-channel input).
    static func time(_ probe: Case, winograd: Bool) throws -> (forward: Double, kernel: Double, input: Double)? {
        if winograd && (probe.input[2] < 16 || probe.filters < 16) { return nil }
        let layer = try Conv2D(probe.filters, kernel: 3, padding: probe.padding, activation: .relu)
        var generator = SeededGenerator(seed: 1)
        _ = try layer.build(inputShape: probe.input, previous: nil, generator: &generator)
        let count = 128 * probe.input.reduce(1, *)
        let input = try Tensor(shape: [128] + probe.input, storage: (0..<count).map { _ in generator.nextUniformFloat() })
        let output = try layer.forward(input, training: true)
        let upstream = try Tensor(shape: output.shape, storage: (0..<output.count).map { _ in generator.nextUniformFloat() - 0.5 })
        _ = try layer.backward(upstream, needsInputGradient: probe.needsInputGradient)
        let repeats = 12
        var forward = 0.0, kernel = 0.0, both = 0.0
        for _ in 0..<repeats {
            let start = cpuSeconds()
            _ = try layer.forward(input, training: true)
            let middle = cpuSeconds()
            _ = try layer.backward(upstream, needsInputGradient: false)
            let afterKernel = cpuSeconds()
            _ = try layer.forward(input, training: true)
            let again = cpuSeconds()
            _ = try layer.backward(upstream, needsInputGradient: probe.needsInputGradient)
            both += cpuSeconds() - again
            kernel += afterKernel - middle
            forward += middle - start
        }
        let n = Double(repeats)
        return (forward / n, kernel / n, probe.needsInputGradient ? max(0, both - kernel) / n : 0)
    }
}
