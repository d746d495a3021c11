import FolioML
import Foundation

/// Wraps a layer and adds up the wall-clock and CPU seconds (both cores) of its forward and
/// backward passes, for `folio-bench --models profile`: the ratio of the two says how much of the
/// two cores each pass keeps busy.
final class TimedLayer: Layer {
    let inner: Layer
    let label: String
    private(set) var wall = (forward: 0.0, backward: 0.0)
    private(set) var cpu = (forward: 0.0, backward: 0.0)

    init(_ inner: Layer, label: String) {
        self.inner = inner
        self.label = label
    }

    var kind: String { inner.kind }
    var name: String {
        get { inner.name }
        set { inner.name = newValue }
    }
    var spec: LayerSpec { inner.spec }
    var outputShape: [Int] { inner.outputShape }
    var parameters: [Parameter] { inner.parameters }
    var sublayers: [Layer] { inner.sublayers }

    func build(inputShape: [Int], previous: String?, generator: inout SeededGenerator) throws -> [Int] {
        try inner.build(inputShape: inputShape, previous: previous, generator: &generator)
    }

    func forward(_ input: Tensor, training: Bool) throws -> Tensor {
        let (start, startCPU) = (Date(), cpuSeconds())
        defer {
            wall.forward += Date().timeIntervalSince(start)
            cpu.forward += cpuSeconds() - startCPU
        }
        return try inner.forward(input, training: training)
    }

    func backward(_ outputGradient: Tensor, needsInputGradient: Bool) throws -> Tensor? {
        let (start, startCPU) = (Date(), cpuSeconds())
        defer {
            wall.backward += Date().timeIntervalSince(start)
            cpu.backward += cpuSeconds() - startCPU
        }
        return try inner.backward(outputGradient, needsInputGradient: needsInputGradient)
    }
}
