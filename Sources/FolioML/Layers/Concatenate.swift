/// Parallel branches on the same input, joined along the last axis (Inception's channel join).
/// Every branch must keep the same height and width; an empty branch passes the input through.
public final class Concatenate: Layer {
    public var name = "concatenate"
    public var kind: String { "concatenate" }
    public private(set) var outputShape: [Int] = []
    private let branches: [LayerChain]
    /// Channels (last-axis width) of each branch's output, once built.
    private var widths: [Int] = []
    private var lastBatch = 0

    public init(_ branches: [[Layer]]) throws {
        guard branches.count >= 2 else {
            throw MLError.invalidArgument("Concatenate needs at least two branches, e.g. Concatenate { Branch { Conv2D(16, kernel: 1) } Branch { Conv2D(16, kernel: 3, padding: .same) } }")
        }
        self.branches = branches.map { LayerChain(layers: $0) }
    }

    public var spec: LayerSpec { .concatenate(branches: branches.map { $0.layers.map(\.spec) }) }
    public var sublayers: [Layer] { branches.flatMap(\.layers) }
    public var parameters: [Parameter] { branches.flatMap(\.parameters) }
    public var branchLayers: [[Layer]] { branches.map(\.layers) }

    public func build(inputShape: [Int], previous: String?, generator: inout SeededGenerator) throws -> [Int] {
        let from = previous ?? "the input"
        var shapes: [[Int]] = []
        for branch in branches {
            shapes.append(try branch.build(inputShape: inputShape, previous: from, generator: &generator))
        }
        let describe = { (shape: [Int]) in shape.map(String.init).joined(separator: "×") }
        let first = shapes[0]
        for (index, shape) in shapes.enumerated().dropFirst() where shape.count != first.count || shape.dropLast() != first.dropLast() {
            let what = first.count == 3 ? "height and width" : "shape apart from the last axis"
            throw MLError.shapeMismatch(
                "\(name): branch \(index + 1) (\(Self.describeBranch(branches[index]))) outputs \(describe(shape)) but branch 1 (\(Self.describeBranch(branches[0]))) outputs \(describe(first)); the branches must agree on \(what) (give their convolutions padding: .same and the same stride)")
        }
        widths = shapes.map { $0.last ?? 1 }
        outputShape = Array(first.dropLast()) + [widths.reduce(0, +)]
        return outputShape
    }

    private static func describeBranch(_ branch: LayerChain) -> String {
        branch.layers.isEmpty ? "the input itself" : branch.layers.map(\.name).joined(separator: ", ")
    }

    public func forward(_ input: Tensor, training: Bool) throws -> Tensor {
        guard !widths.isEmpty else { throw MLError.invalidState("\(name) is used before it was built") }
        let outputs = try branches.map { try $0.forward(input, training: training) }
        let total = widths.reduce(0, +)
        let rows = outputs[0].count / max(1, widths[0])
        var joined = uninitializedFloats(rows * total)
        joined.withUnsafeMutableBufferPointer { target in
            guard let tp = target.baseAddress else { return }
            var offset = 0
            for (output, width) in zip(outputs, widths) {
                output.storage.withUnsafeBufferPointer { source in
                    guard let sp = source.baseAddress else { return }
                    for row in 0..<rows { (tp + row * total + offset).update(from: sp + row * width, count: width) }
                }
                offset += width
            }
        }
        lastBatch = training ? input.batchCount : 0
        return Tensor(uncheckedShape: [input.batchCount] + outputShape, storage: joined)
    }

    public func backward(_ outputGradient: Tensor, needsInputGradient: Bool) throws -> Tensor? {
        let total = widths.reduce(0, +)
        guard total > 0, outputGradient.count == lastBatch * outputShape.reduce(1, *) else {
            throw MLError.shapeMismatch("\(name): gradient of shape \(formatShape(outputGradient.shape)) does not match the output")
        }
        let rows = outputGradient.count / total
        var sum: [Float]?
        var inputShape: [Int] = []
        var offset = 0
        for (branch, width) in zip(branches, widths) {
            var part = uninitializedFloats(rows * width)
            outputGradient.storage.withUnsafeBufferPointer { source in
                part.withUnsafeMutableBufferPointer { target in
                    guard let sp = source.baseAddress, let tp = target.baseAddress else { return }
                    for row in 0..<rows { (tp + row * width).update(from: sp + row * total + offset, count: width) }
                }
            }
            offset += width
            let shape = [lastBatch] + Array(outputShape.dropLast()) + [width]
            let gradient = try branch.backward(Tensor(uncheckedShape: shape, storage: part), needsInputGradient: needsInputGradient)
            guard needsInputGradient, let gradient else { continue }
            inputShape = gradient.shape
            if var accumulated = sum.take() {
                accumulated.withUnsafeMutableBufferPointer { a in
                    gradient.storage.withUnsafeBufferPointer { g in
                        guard let ap = a.baseAddress, let gp = g.baseAddress else { return }
                        VectorLoops.add(ap, gp, into: ap, count: min(a.count, g.count))
                    }
                }
                sum = accumulated
            } else {
                sum = gradient.storage
            }
        }
        guard needsInputGradient, let sum else { return nil }
        return Tensor(uncheckedShape: inputShape, storage: sum)
    }
}
