import FolioML
import Foundation

/// Times the forward and backward passes of the reference CNN's two convolutions on a batch of
/// 128 random images, in CPU seconds of the whole process (both cores), to tell the speed of each
/// pass apart from the rest of a training step.
enum ConvolutionProbe {
    static func run() throws {
        let cases: [(name: String, input: [Int], filters: Int, needsInputGradient: Bool)] = [
            ("conv1 28x28x1 -> 32", [28, 28, 1], 32, false),
            ("conv2 13x13x32 -> 64", [13, 13, 32], 64, true),
        ]
        for probe in cases {
            let model = try Sequential([Conv2D(probe.filters, kernel: 3, activation: .relu), Flatten(), Dense(2)])
            try model.build(inputShape: probe.input, seed: 1)
            guard let layer = model.layers.first else { continue }
            var generator = SeededGenerator(seed: 2)
            let count = 128 * probe.input.reduce(1, *)
            let input = try Tensor(shape: [128] + probe.input, storage: (0..<count).map { _ in generator.nextUniformFloat() })
            let output = try layer.forward(input, training: true)
            let upstream = try Tensor(shape: output.shape, storage: (0..<output.count).map { _ in generator.nextUniformFloat() - 0.5 })
            _ = try layer.backward(upstream, needsInputGradient: probe.needsInputGradient)
            let repeats = 40
            var forwardSeconds = 0.0
            var backwardSeconds = 0.0
            for _ in 0..<repeats {
                let start = cpuSeconds()
                _ = try layer.forward(input, training: true)
                let middle = cpuSeconds()
                _ = try layer.backward(upstream, needsInputGradient: probe.needsInputGradient)
                backwardSeconds += cpuSeconds() - middle
                forwardSeconds += middle - start
            }
            let pixels = Double(output.count / 128 / probe.filters)
            let multiplyAdds = 128 * pixels * 9 * Double(probe.input[2] * probe.filters)
            let backwardProducts = probe.needsInputGradient ? 2.0 : 1.0
            print("\(probe.name): forward \(format(forwardSeconds / Double(repeats) * 1000)) ms CPU "
                  + "(\(format(2 * multiplyAdds * Double(repeats) / forwardSeconds / 1e9, 1)) GFLOP per CPU-second), "
                  + "backward \(format(backwardSeconds / Double(repeats) * 1000)) ms CPU "
                  + "(\(format(2 * backwardProducts * multiplyAdds * Double(repeats) / backwardSeconds / 1e9, 1)) GFLOP per CPU-second)")
        }
    }
}
