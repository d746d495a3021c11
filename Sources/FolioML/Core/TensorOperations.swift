/// Element-wise operations and reductions on tensors, for preprocessing and metrics.
extension Tensor {
    /// self · scale + shift, element-wise (e.g. normalising pixels: scale 1/255).
    public func affine(scale: Float, shift: Float = 0) -> Tensor {
        var result = storage
        result.withUnsafeMutableBufferPointer { values in
            guard let base = values.baseAddress else { return }
            Parallel.forEachChunk(values.count, minimumPerChunk: 262_144) { range in
                for index in range { base[index] = base[index] * scale + shift }
            }
        }
        return Tensor(uncheckedShape: shape, storage: result)
    }

    /// Element-wise sum with a tensor of the same shape.
    public func adding(_ other: Tensor) throws -> Tensor {
        guard other.shape == shape else {
            throw MLError.shapeMismatch("cannot add tensors of shapes \(formatShape(shape)) and \(formatShape(other.shape))")
        }
        var result = storage
        result.withUnsafeMutableBufferPointer { values in
            other.storage.withUnsafeBufferPointer { addend in
                for index in 0..<values.count { values[index] += addend[index] }
            }
        }
        return Tensor(uncheckedShape: shape, storage: result)
    }

    /// Sum of all values (accumulated in Double).
    public func sum() -> Double {
        storage.withUnsafeBufferPointer { values in
            var total = 0.0
            for value in values { total += Double(value) }
            return total
        }
    }

    /// Mean of all values; 0 for an empty tensor.
    public func mean() -> Double { count == 0 ? 0 : sum() / Double(count) }

    /// Smallest and largest value; nil for an empty tensor.
    public func range() -> (min: Float, max: Float)? {
        guard let first = storage.first else { return nil }
        var low = first, high = first
        for value in storage {
            low = Swift.min(low, value)
            high = Swift.max(high, value)
        }
        return (low, high)
    }

    /// Mean over the first axis: the average sample (e.g. a class's mean image), shape = sample shape.
    public func meanSample() -> Tensor {
        let size = sampleSize
        var result = [Float](repeating: 0, count: size)
        let rows = batchCount
        guard rows > 0 else { return Tensor(uncheckedShape: Array(shape.dropFirst()), storage: result) }
        storage.withUnsafeBufferPointer { values in
            guard let base = values.baseAddress else { return }
            result.withUnsafeMutableBufferPointer { out in
                guard let o = out.baseAddress else { return }
                ColumnSums.compute(base, rows: rows, width: size, into: o)
            }
        }
        let scale = 1 / Float(rows)
        return Tensor(uncheckedShape: Array(shape.dropFirst()), storage: result.map { $0 * scale })
    }
}
