import FolioML
import Foundation

/// `folio-bench --models profile`: trains the benchmark ResNet for one epoch with every layer
/// timed (TimedLayer) and prints each layer's wall and CPU milliseconds per batch, forward and
/// backward, and the cores it kept busy (CPU ÷ wall). A block's own row is its total; its layers
/// follow, indented.
enum LayerProfile {
    static func run(data: MNIST, seed: UInt64) throws {
        var timed: [(depth: Int, layer: TimedLayer)] = []
        func wrap(_ layer: Layer, _ label: String, depth: Int = 0) -> Layer {
            let t = TimedLayer(layer, label: label)
            timed.append((depth, t))
            return t
        }
        func block(_ filters: Int, _ label: String) throws -> Layer {
            let residual = wrap(try Residual(activation: .relu, [
                wrap(try Conv2D(filters, kernel: 3, padding: .same), "conv a", depth: 1),
                wrap(try BatchNorm(), "bn a", depth: 1), wrap(ActivationLayer(.relu), "relu a", depth: 1),
                wrap(try Conv2D(filters, kernel: 3, padding: .same), "conv b", depth: 1),
                wrap(try BatchNorm(), "bn b", depth: 1),
            ]), label)
            // The block's own row goes before its layers.
            let own = timed.removeLast()
            timed.insert(own, at: timed.count - 5)
            return residual
        }
        let layers: [Layer] = [
            wrap(try Conv2D(32, kernel: 3, padding: .same), "conv 28x28x1->32"), wrap(try BatchNorm(), "bn"),
            wrap(ActivationLayer(.relu), "relu"),
            try block(32, "residual 28x28x32"), wrap(try MaxPool2D(2), "maxpool 28->14"),
            try block(64, "residual 14x14x32->64"), wrap(try MaxPool2D(2), "maxpool 14->7"),
            try block(64, "residual 7x7x64"), wrap(GlobalAvgPool2D(), "global avg pool"),
            try Dense(10, activation: .softmax),
        ]
        let model = try Sequential(layers)
        let started = Date()
        let startCPU = cpuSeconds()
        let history = try model.fit(x: data.trainImages, y: data.trainLabels,
                                    options: FitOptions(epochs: 1, batchSize: 128, optimizer: .adam(lr: 0.001), seed: seed),
                                    progress: nil)
        let (wall, cpu) = (Date().timeIntervalSince(started), cpuSeconds() - startCPU)
        let batches = Double((data.trainLabels.count + 127) / 128)
        print("ResNet profile: 1 epoch on \(data.trainLabels.count) images, \(format(wall)) s wall, \(format(cpu)) s CPU "
              + "(\(format(cpu / wall)) cores), loss \(format(history.epochs.last?.loss ?? .nan, 4))")
        print("layer | forward wall ms, cores | backward wall ms, cores (per batch of 128)")
        var covered = 0.0
        for (depth, t) in timed {
            if depth == 0 { covered += t.wall.forward + t.wall.backward }
            func cell(_ w: Double, _ c: Double) -> String { "\(format(1000 * w / batches, 1)) ms, \(format(w > 0 ? c / w : 0)) " }
            print("\(String(repeating: "  ", count: depth))\(t.label) | \(cell(t.wall.forward, t.cpu.forward))| \(cell(t.wall.backward, t.cpu.backward))")
        }
        print("rest of the step (dense, loss, optimizer, batch gather): \(format(1000 * (wall - covered) / batches, 1)) ms per batch")
    }
}
