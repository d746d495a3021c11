/// SplitMix64: a tiny generator whose sequence is fixed by its seed on every platform and Swift
/// version, so a notebook's `seed:` reproduces the same split and augmentation everywhere. It
/// also seeds FolioML's `SeededGenerator` (xoshiro256**, for weights and batches).
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    static let increment: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// Starts from `state` exactly (the first output mixes `state + increment`).
    public init(state: UInt64) {
        self.state = state
    }

    /// The generator of a notebook `seed:` (data splits, shuffles, augmentation, samples).
    public init(seed: Int) {
        state = UInt64(bitPattern: Int64(seed)) &+ Self.increment
    }

    public mutating func next() -> UInt64 {
        state &+= Self.increment
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (bound > 0), by Lemire's multiply-high method.
    public mutating func below(_ bound: Int) -> Int {
        let product = next().multipliedFullWidth(by: UInt64(bound))
        return Int(product.high)
    }

    /// A uniform Double in `[0, 1)`.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform Double in `[-limit, limit]`.
    public mutating func symmetric(_ limit: Double) -> Double {
        (unit() * 2 - 1) * limit
    }

    /// A Fisher–Yates shuffle that depends only on the seed.
    public mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, below(i + 1))
        }
    }
}
