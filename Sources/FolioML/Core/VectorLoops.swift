/// Element-wise loops written with SIMD8 lanes: the compiler leaves the scalar forms of these
/// (ternaries, accumulations through pointers that might alias) as scalar, branchy code.
/// Each lane does exactly what the scalar tail does, so results do not depend on alignment.
enum VectorLoops {
    @inline(__always)
    static func load(_ pointer: UnsafePointer<Float>) -> SIMD8<Float> {
        UnsafeRawPointer(pointer).loadUnaligned(as: SIMD8<Float>.self)
    }

    @inline(__always)
    static func store(_ value: SIMD8<Float>, _ pointer: UnsafeMutablePointer<Float>) {
        UnsafeMutableRawPointer(pointer).storeBytes(of: value, as: SIMD8<Float>.self)
    }

    /// values = max(values, 0) over `range`.
    @inline(__always)
    static func relu(_ values: UnsafeMutablePointer<Float>, _ range: Range<Int>) {
        relu(values, into: values, range)
    }

    /// gradient = output > 0 ? gradient : 0 over `range` (ReLU's derivative from its output).
    @inline(__always)
    static func reluBackward(_ gradient: UnsafeMutablePointer<Float>, output: UnsafePointer<Float>, _ range: Range<Int>) {
        reluBackward(gradient, output: output, into: gradient, range)
    }

    /// delta = output > 0 ? gradient : 0 for `count` values: ReLU's backward pass fused with the copy.
    @inline(__always)
    static func reluBackward(_ gradient: UnsafePointer<Float>, output: UnsafePointer<Float>,
                             into delta: UnsafeMutablePointer<Float>, count: Int) {
        reluBackward(gradient, output: output, into: delta, 0..<count)
    }

    /// sums[c] += rows[r][c] for every row: per-column sums in row order.
    static func accumulateRows(_ values: UnsafePointer<Float>, rows: Int, width: Int, into sums: UnsafeMutablePointer<Float>) {
        for row in 0..<rows {
            let base = values + row * width
            var c = 0
            while c + 8 <= width {
                store(load(sums + c) + load(base + c), sums + c)
                c += 8
            }
            while c < width {
                sums[c] += base[c]
                c += 1
            }
        }
    }

    /// values *= factors, element-wise.
    static func multiply(_ values: UnsafeMutablePointer<Float>, by factors: UnsafePointer<Float>, count: Int) {
        var index = 0
        while index + 8 <= count {
            store(load(values + index) * load(factors + index), values + index)
            index += 8
        }
        while index < count {
            values[index] *= factors[index]
            index += 1
        }
    }

    /// Copies `row` (width values) into each of `rows` consecutive rows of `target`.
    static func fillRows(_ target: UnsafeMutablePointer<Float>, rows: Int, width: Int, with row: UnsafePointer<Float>) {
        for r in 0..<rows {
            let base = target + r * width
            var c = 0
            while c + 8 <= width {
                store(load(row + c), base + c)
                c += 8
            }
            while c < width {
                base[c] = row[c]
                c += 1
            }
        }
    }

    /// target (columns × rows) = sourceᵀ, plus `offsets[r]` on every element taken from source row r.
    /// Tiles of 8 × 8 keep both sides' cache lines in use.
    static func transpose(_ source: UnsafePointer<Float>, rows: Int, columns: Int, addingToEachRow offsets: UnsafePointer<Float>,
                          into target: UnsafeMutablePointer<Float>) {
        var r0 = 0
        while r0 < rows {
            let r1 = min(rows, r0 + 8)
            var c0 = 0
            while c0 < columns {
                let c1 = min(columns, c0 + 8)
                for c in c0..<c1 {
                    let to = target + c * rows
                    for r in r0..<r1 { to[r] = source[r * columns + c] + offsets[r] }
                }
                c0 = c1
            }
            r0 = r1
        }
    }

    /// target = a + b, element-wise.
    @inline(__always)
    static func add(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, into target: UnsafeMutablePointer<Float>, count: Int) {
        add(a, b, into: target, 0..<count, relu: false)
    }

    /// target = max(source, 0) over `range`: ReLU from one buffer into another (no copy first).
    static func relu(_ source: UnsafePointer<Float>, into target: UnsafeMutablePointer<Float>, _ range: Range<Int>) {
        var index = range.lowerBound
        let zero = SIMD8<Float>(repeating: 0)
        while index + 8 <= range.upperBound {
            var lane = load(source + index)
            lane.replace(with: zero, where: lane .< zero)
            store(lane, target + index)
            index += 8
        }
        while index < range.upperBound {
            target[index] = source[index] < 0 ? 0 : source[index]
            index += 1
        }
    }

    /// delta = output > 0 ? gradient : 0 over `range`, into a separate buffer.
    static func reluBackward(_ gradient: UnsafePointer<Float>, output: UnsafePointer<Float>,
                             into delta: UnsafeMutablePointer<Float>, _ range: Range<Int>) {
        var index = range.lowerBound
        let zero = SIMD8<Float>(repeating: 0)
        while index + 8 <= range.upperBound {
            store(zero.replacing(with: load(gradient + index), where: load(output + index) .> zero), delta + index)
            index += 8
        }
        while index < range.upperBound {
            delta[index] = output[index] > 0 ? gradient[index] : 0
            index += 1
        }
    }

    /// target = a + b over `range`, then max(·, 0) when `relu`: a residual block's sum and its
    /// activation in one pass.
    static func add(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, into target: UnsafeMutablePointer<Float>,
                    _ range: Range<Int>, relu: Bool) {
        var index = range.lowerBound
        let zero = SIMD8<Float>(repeating: 0)
        while index + 8 <= range.upperBound {
            var lane = load(a + index) + load(b + index)
            if relu { lane.replace(with: zero, where: lane .< zero) }
            store(lane, target + index)
            index += 8
        }
        while index < range.upperBound {
            let sum = a[index] + b[index]
            target[index] = relu && sum < 0 ? 0 : sum
            index += 1
        }
    }

    /// target += source, element-wise, for `count` values (col2im's scatter).
    @inline(__always)
    static func accumulate(_ source: UnsafePointer<Float>, into target: UnsafeMutablePointer<Float>, count: Int) {
        var index = 0
        while index + 8 <= count {
            store(load(target + index) + load(source + index), target + index)
            index += 8
        }
        while index < count {
            target[index] += source[index]
            index += 1
        }
    }
}
