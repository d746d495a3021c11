import FolioCore

extension Dataset {
    /// Count, shape, pixel range, mean, standard deviation and classes.
    public func summary() -> DatasetSummary {
        let values = pixels
        var minimum = Float.infinity, maximum = -Float.infinity
        var sum = 0.0, squares = 0.0
        for v in values {
            minimum = min(minimum, v)
            maximum = max(maximum, v)
            sum += Double(v)
            squares += Double(v) * Double(v)
        }
        let n = Double(max(values.count, 1))
        let mean = sum / n
        let present = Set(labels).count
        return DatasetSummary(count: count, imageShape: imageShape,
                              minimum: values.isEmpty ? 0 : minimum, maximum: values.isEmpty ? 0 : maximum,
                              mean: mean, standardDeviation: max(squares / n - mean * mean, 0).squareRoot(),
                              classCount: classNames.count, classesPresent: present, source: source, isLabelled: isLabelled)
    }

    /// Images per class, every declared class listed (zero counts included), in class order.
    public func classCounts() -> [(className: String, count: Int)] {
        var counts = [Int](repeating: 0, count: classNames.count)
        for label in labels where label >= 0 && label < counts.count { counts[label] += 1 }
        return zip(classNames, counts).map { (className: $0, count: $1) }
    }

    /// How pixel values are distributed: `bins` equal-width bins from the smallest to the largest
    /// value (0...pixelMaximum when the data lies within it). The last bin includes its upper edge.
    public func pixelHistogram(bins: Int = 32) throws -> [(lower: Float, upper: Float, count: Int)] {
        guard bins > 0, bins <= 10_000 else {
            throw DataError.invalidArgument("pixelHistogram(bins:) needs 1...10000 bins, got \(bins)")
        }
        let values = pixels
        let summaryMin = values.min() ?? 0, summaryMax = values.max() ?? 0
        let lower = summaryMin >= 0 && summaryMax <= pixelMaximum ? 0 : summaryMin
        let upper = summaryMin >= 0 && summaryMax <= pixelMaximum ? pixelMaximum : summaryMax
        let width = upper > lower ? (upper - lower) / Float(bins) : 1
        var counts = [Int](repeating: 0, count: bins)
        for v in values {
            let bin = Int((v - lower) / width)
            counts[min(max(bin, 0), bins - 1)] += 1
        }
        return (0..<bins).map { (lower: lower + Float($0) * width, upper: lower + Float($0 + 1) * width, count: counts[$0]) }
    }

    /// The average image of each class that has images, in class order.
    public func meanImages() -> [(className: String, pixels: [Float], shape: [Int])] {
        let size = imageSize
        var sums = [[Double]](repeating: [], count: classNames.count)
        var counts = [Int](repeating: 0, count: classNames.count)
        storage.withUnsafeBufferPointer { buffer in
            for i in 0..<count {
                let label = labels[i]
                guard label >= 0 && label < classNames.count else { continue }
                if sums[label].isEmpty { sums[label] = [Double](repeating: 0, count: size) }
                let offset = storageRow(i) * size
                for p in 0..<size { sums[label][p] += Double(buffer[offset + p]) }
                counts[label] += 1
            }
        }
        return classNames.indices.compactMap { k in
            guard counts[k] > 0 else { return nil }
            let n = Double(counts[k])
            return (className: classNames[k], pixels: sums[k].map { Float($0 / n) }, shape: imageShape)
        }
    }

    /// `n` images picked at random (without repetition, fixed by `seed`), for an image grid:
    /// their positions in this data set, labels and pixels.
    public func samples(_ n: Int, seed: Int = 0) throws -> [(index: Int, label: Int, pixels: [Float])] {
        guard n >= 0 else { throw DataError.invalidArgument("samples needs a count ≥ 0, got \(n)") }
        var order = Array(0..<count)
        var random = SplitMix64(seed: seed)
        random.shuffle(&order)
        return try order.prefix(n).map { (index: $0, label: labels[$0], pixels: try image(at: $0)) }
    }
}
