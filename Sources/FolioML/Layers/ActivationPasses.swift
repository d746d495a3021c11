/// An activation over a whole tensor, producing a new tensor: what the Activation layer and a
/// residual block's sum need. ReLU reads one buffer and writes the other in a parallel pass, where
/// copying the storage first (copy-on-write of a shared array) would add a single-threaded pass.
extension Activation {
    /// activation(input), rows of `width` values.
    func applied(to input: Tensor, width: Int) -> Tensor {
        switch self {
        case .linear:
            return input
        case .relu:
            var output = uninitializedFloats(input.count)
            input.storage.withUnsafeBufferPointer { x in
                output.withUnsafeMutableBufferPointer { o in
                    guard let xp = x.baseAddress, let op = o.baseAddress else { return }
                    Parallel.forEachChunk(o.count, minimumPerChunk: 65_536) { VectorLoops.relu(xp, into: op, $0) }
                }
            }
            return Tensor(uncheckedShape: input.shape, storage: output)
        default:
            var output = input.storage
            output.withUnsafeMutableBufferPointer { values in
                guard let base = values.baseAddress else { return }
                apply(base, rows: values.count / max(1, width), width: width)
            }
            return Tensor(uncheckedShape: input.shape, storage: output)
        }
    }

    /// The gradient w.r.t. the activation's input, from the gradient w.r.t. its `output`.
    func inputGradient(_ outputGradient: Tensor, output: Tensor, width: Int, fusedWithLoss: Bool = false) -> Tensor {
        switch self {
        case .linear:
            return outputGradient
        case .relu:
            var delta = uninitializedFloats(outputGradient.count)
            outputGradient.storage.withUnsafeBufferPointer { g in
                output.storage.withUnsafeBufferPointer { o in
                    delta.withUnsafeMutableBufferPointer { d in
                        guard let gp = g.baseAddress, let op = o.baseAddress, let dp = d.baseAddress else { return }
                        Parallel.forEachChunk(d.count, minimumPerChunk: 65_536) {
                            VectorLoops.reluBackward(gp, output: op, into: dp, $0)
                        }
                    }
                }
            }
            return Tensor(uncheckedShape: outputGradient.shape, storage: delta)
        default:
            var gradient = outputGradient.storage
            gradient.withUnsafeMutableBufferPointer { g in
                output.storage.withUnsafeBufferPointer { o in
                    guard let gp = g.baseAddress, let op = o.baseAddress else { return }
                    backward(gradient: gp, output: op, rows: g.count / max(1, width), width: width, fusedWithLoss: fusedWithLoss)
                }
            }
            return Tensor(uncheckedShape: outputGradient.shape, storage: gradient)
        }
    }
}
