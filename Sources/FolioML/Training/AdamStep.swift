/// One Adam update over a range of parameters, eight values at a time (SIMD), then the tail.
/// Both paths do the same IEEE operations in the same order, so a value's update does not depend
/// on whether it fell in the vector part or the tail.
struct AdamStep {
    let rate: Float
    let beta1: Float
    let beta2: Float
    let epsilon: Float

    func apply(weights: UnsafeMutablePointer<Float>, gradients: UnsafePointer<Float>,
               first: UnsafeMutablePointer<Float>, second: UnsafeMutablePointer<Float>, range: Range<Int>) {
        let keep1 = 1 - beta1
        let keep2 = 1 - beta2
        var index = range.lowerBound
        let vectorEnd = range.lowerBound + (range.count / 8) * 8
        while index < vectorEnd {
            let g = UnsafeRawPointer(gradients + index).loadUnaligned(as: SIMD8<Float>.self)
            var m = UnsafeRawPointer(first + index).loadUnaligned(as: SIMD8<Float>.self)
            var v = UnsafeRawPointer(second + index).loadUnaligned(as: SIMD8<Float>.self)
            var w = UnsafeRawPointer(weights + index).loadUnaligned(as: SIMD8<Float>.self)
            m += (g - m) * keep1
            v += (g * g - v) * keep2
            w -= (m * rate) / (v.squareRoot() + epsilon)
            UnsafeMutableRawPointer(first + index).storeBytes(of: m, as: SIMD8<Float>.self)
            UnsafeMutableRawPointer(second + index).storeBytes(of: v, as: SIMD8<Float>.self)
            UnsafeMutableRawPointer(weights + index).storeBytes(of: w, as: SIMD8<Float>.self)
            index += 8
        }
        while index < range.upperBound {
            let g = gradients[index]
            var m = first[index]
            var v = second[index]
            m += (g - m) * keep1
            v += (g * g - v) * keep2
            first[index] = m
            second[index] = v
            weights[index] -= (m * rate) / (v.squareRoot() + epsilon)
            index += 1
        }
    }
}
