/// Inverted dropout: in training, zeroes each value with probability `rate` and scales the rest by
/// 1 / (1 − rate); at inference it is the identity. The mask comes from a seeded generator.
public final class Dropout: Layer {
    public let rate: Double
    public var name = "dropout"
    public var kind: String { "dropout" }
    public private(set) var outputShape: [Int] = []
    public var parameters: [Parameter] { [] }
    var generator = SeededGenerator(seed: 0)
    private var mask: [Float] = []

    public init(_ rate: Double) throws {
        guard rate >= 0, rate < 1 else {
            throw MLError.invalidArgument("Dropout rate must be in [0, 1), got \(rate)")
        }
        self.rate = rate
    }

    public var spec: LayerSpec { .dropout(rate: rate) }

    public func build(inputShape: [Int], previous: String?, generator: inout SeededGenerator) throws -> [Int] {
        outputShape = inputShape
        self.generator = SeededGenerator(seed: generator.next())
        return outputShape
    }

    /// Restarts the mask sequence (the model does this at the start of each fit, from its seed).
    func reseed(_ seed: UInt64) {
        generator = SeededGenerator(seed: seed)
    }

    public func forward(_ input: Tensor, training: Bool) throws -> Tensor {
        guard training, rate > 0 else {
            mask = []
            return input
        }
        let count = input.count
        let keep = Float(1 - rate)
        let scale = 1 / keep
        var newMask = uninitializedFloats(count)
        var output = input.storage
        // A local copy of the generator keeps the loop free of class-property access checks.
        var localGenerator = generator
        // Each 64-bit draw gives two 24-bit uniforms (one from each half): half the generator calls.
        let threshold = UInt32(min((Double(keep) * 16_777_216).rounded(.up), 16_777_216))
        newMask.withUnsafeMutableBufferPointer { m in
            output.withUnsafeMutableBufferPointer { o in
                guard let mp = m.baseAddress, let op = o.baseAddress else { return }
                var index = 0
                while index < count {
                    let bits = localGenerator.next()
                    let high = UInt32(truncatingIfNeeded: bits >> 40)
                    let low = UInt32(truncatingIfNeeded: bits >> 8) & 0xFF_FFFF
                    mp[index] = high < threshold ? scale : 0
                    if index + 1 < count { mp[index + 1] = low < threshold ? scale : 0 }
                    index += 2
                }
                VectorLoops.multiply(op, by: mp, count: count)
            }
        }
        generator = localGenerator
        mask = newMask
        return Tensor(uncheckedShape: input.shape, storage: output)
    }

    public func backward(_ outputGradient: Tensor, needsInputGradient: Bool) throws -> Tensor? {
        guard needsInputGradient else { return nil }
        if mask.isEmpty { return outputGradient }
        guard mask.count == outputGradient.count else {
            throw MLError.shapeMismatch("\(name): gradient of shape \(formatShape(outputGradient.shape)) does not match the output")
        }
        var gradient = outputGradient.storage
        gradient.withUnsafeMutableBufferPointer { g in
            mask.withUnsafeBufferPointer { m in
                guard let gp = g.baseAddress, let mp = m.baseAddress else { return }
                VectorLoops.multiply(gp, by: mp, count: min(g.count, m.count))
            }
        }
        return Tensor(uncheckedShape: outputGradient.shape, storage: gradient)
    }
}
