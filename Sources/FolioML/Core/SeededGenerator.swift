import FolioCore

/// xoshiro256** seeded through SplitMix64 (FolioCore): fast, and the same sequence on every platform and run.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    public init(seed: UInt64) {
        var mixer = SplitMix64(state: seed)
        state = (mixer.next(), mixer.next(), mixer.next(), mixer.next())
    }

    public mutating func next() -> UInt64 {
        let result = rotateLeft(state.1 &* 5, 7) &* 9
        let shifted = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= shifted
        state.3 = rotateLeft(state.3, 45)
        return result
    }

    private func rotateLeft(_ value: UInt64, _ amount: UInt64) -> UInt64 {
        (value << amount) | (value >> (64 - amount))
    }

    /// Uniform in [0, 1) with 24 bits of precision (exact in Float).
    public mutating func nextUniformFloat() -> Float {
        Float(next() >> 40) * (1.0 / 16_777_216.0)
    }

    /// Uniform in [0, 1) with 53 bits of precision.
    public mutating func nextUniformDouble() -> Double {
        Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// Standard normal via Box–Muller (one value per call; simplicity over speed, used for init only).
    public mutating func nextNormal() -> Double {
        var u1 = nextUniformDouble()
        if u1 < 1e-300 { u1 = 1e-300 }
        let u2 = nextUniformDouble()
        return (-2 * _log(u1)).squareRoot() * _cos(2 * Double.pi * u2)
    }

    /// Uniform integer in 0..<bound without modulo bias worth caring about (bound is small here).
    public mutating func nextInt(below bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        return Int(next() % UInt64(bound))
    }

    /// A seeded Fisher–Yates permutation of 0..<count.
    public mutating func permutation(_ count: Int) -> [Int] {
        var values = Array(0..<max(0, count))
        if values.count > 1 {
            for index in stride(from: values.count - 1, to: 0, by: -1) {
                let other = nextInt(below: index + 1)
                values.swapAt(index, other)
            }
        }
        return values
    }
}

import Foundation

@inline(__always) private func _log(_ x: Double) -> Double { Foundation.log(x) }
@inline(__always) private func _cos(_ x: Double) -> Double { Foundation.cos(x) }
