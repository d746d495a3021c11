/// The per-channel inner loops of max pooling, eight channels at a time with SIMD selects (the
/// compiler leaves the scalar ternaries as branches), then a scalar tail.
enum PoolingLanes {
    @inline(__always)
    private static func load(_ pointer: UnsafePointer<Float>) -> SIMD8<Float> {
        UnsafeRawPointer(pointer).loadUnaligned(as: SIMD8<Float>.self)
    }

    @inline(__always)
    private static func loadIndices(_ pointer: UnsafePointer<Int32>) -> SIMD8<Int32> {
        UnsafeRawPointer(pointer).loadUnaligned(as: SIMD8<Int32>.self)
    }

    /// target = max(target, candidate); where the candidate is strictly greater, best = index.
    @inline(__always)
    static func keepGreater(_ candidate: UnsafePointer<Float>, into target: UnsafeMutablePointer<Float>,
                            best: UnsafeMutablePointer<Int32>?, index: Int32, count: Int) {
        var c = 0
        let indices = SIMD8<Int32>(repeating: index)
        while c + 8 <= count {
            let value = load(candidate + c)
            var current = load(target + c)
            let better = value .> current
            current.replace(with: value, where: better)
            UnsafeMutableRawPointer(target + c).storeBytes(of: current, as: SIMD8<Float>.self)
            if let best {
                var winners = loadIndices(best + c)
                winners.replace(with: indices, where: better)
                UnsafeMutableRawPointer(best + c).storeBytes(of: winners, as: SIMD8<Int32>.self)
            }
            c += 8
        }
        while c < count {
            if candidate[c] > target[c] {
                target[c] = candidate[c]
                best?[c] = index
            }
            c += 1
        }
    }

    /// destination = gradient where the window's winner is `index`, else 0.
    @inline(__always)
    static func route(_ gradient: UnsafePointer<Float>, winners: UnsafePointer<Int32>, index: Int32,
                      into destination: UnsafeMutablePointer<Float>, count: Int) {
        var c = 0
        let indices = SIMD8<Int32>(repeating: index)
        while c + 8 <= count {
            let routed = SIMD8<Float>(repeating: 0).replacing(with: load(gradient + c), where: loadIndices(winners + c) .== indices)
            UnsafeMutableRawPointer(destination + c).storeBytes(of: routed, as: SIMD8<Float>.self)
            c += 8
        }
        while c < count {
            destination[c] = winners[c] == index ? gradient[c] : 0
            c += 1
        }
    }
}
