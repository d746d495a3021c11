/// A dense Float32 tensor: a shape and row-major contiguous storage. Images are NHWC.
public struct Tensor: Equatable, Sendable {
    public private(set) var shape: [Int]
    public var storage: [Float]

    /// Wraps existing storage; throws when the element count does not match the shape.
    public init(shape: [Int], storage: [Float]) throws {
        guard shape.allSatisfy({ $0 >= 0 }) else {
            throw MLError.invalidArgument("tensor shape \(formatShape(shape)) has a negative dimension")
        }
        let count = shape.reduce(1, *)
        guard count == storage.count else {
            throw MLError.shapeMismatch(
                "tensor shape \(formatShape(shape)) needs \(formatCount(count)) values but got \(formatCount(storage.count))")
        }
        self.shape = shape
        self.storage = storage
    }

    /// A zero-filled tensor.
    public init(zeros shape: [Int]) {
        self.shape = shape.map { max(0, $0) }
        self.storage = [Float](repeating: 0, count: self.shape.reduce(1, *))
    }

    /// Internal initialiser for kernels that already know the sizes agree.
    init(uncheckedShape shape: [Int], storage: [Float]) {
        self.shape = shape
        self.storage = storage
    }

    public var count: Int { storage.count }
    public var rank: Int { shape.count }

    /// Size of the first axis (the batch), 0 for a scalar.
    public var batchCount: Int { shape.first ?? 0 }

    /// Number of values per sample (product of all axes after the first).
    public var sampleSize: Int { shape.dropFirst().reduce(1, *) }

    /// The same values viewed with another shape of equal element count.
    public func reshaped(_ newShape: [Int]) throws -> Tensor {
        try Tensor(shape: newShape, storage: storage)
    }

    /// Samples `indices` of the first axis, in that order.
    public func gatherSamples(_ indices: [Int]) throws -> Tensor {
        let size = sampleSize
        let total = batchCount
        for index in indices where index < 0 || index >= total {
            throw MLError.invalidArgument("sample index \(index) is out of range 0..<\(total)")
        }
        var result = [Float](repeating: 0, count: indices.count * size)
        storage.withUnsafeBufferPointer { source in
            result.withUnsafeMutableBufferPointer { destination in
                guard let src = source.baseAddress, let dst = destination.baseAddress else { return }
                for (row, index) in indices.enumerated() {
                    (dst + row * size).update(from: src + index * size, count: size)
                }
            }
        }
        return Tensor(uncheckedShape: [indices.count] + Array(shape.dropFirst()), storage: result)
    }

    /// The contiguous samples `range` of the first axis.
    public func samples(_ range: Range<Int>) throws -> Tensor {
        guard range.lowerBound >= 0, range.upperBound <= batchCount else {
            throw MLError.invalidArgument("sample range \(range) is out of range 0..<\(batchCount)")
        }
        let size = sampleSize
        let values = Array(storage[(range.lowerBound * size)..<(range.upperBound * size)])
        return Tensor(uncheckedShape: [range.count] + Array(shape.dropFirst()), storage: values)
    }

    /// Index of the largest value in each row of a [N, K] tensor.
    public func argmaxRows() -> [Int] {
        let rows = batchCount
        let width = sampleSize
        guard rows > 0, width > 0 else { return [] }
        var result = [Int](repeating: 0, count: rows)
        storage.withUnsafeBufferPointer { values in
            for row in 0..<rows {
                let base = row * width
                var best = 0
                var bestValue = values[base]
                for column in 1..<width where values[base + column] > bestValue {
                    bestValue = values[base + column]
                    best = column
                }
                result[row] = best
            }
        }
        return result
    }
}

/// A Float array whose contents the caller will overwrite completely (skips zero-filling).
@inline(__always)
func uninitializedFloats(_ count: Int) -> [Float] {
    [Float](unsafeUninitializedCapacity: count) { _, initializedCount in initializedCount = count }
}

/// An Int32 array whose contents the caller will overwrite completely (skips zero-filling).
@inline(__always)
func uninitializedInt32s(_ count: Int) -> [Int32] {
    [Int32](unsafeUninitializedCapacity: count) { _, initializedCount in initializedCount = count }
}
