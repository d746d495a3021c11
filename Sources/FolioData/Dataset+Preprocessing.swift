import Foundation
import FolioCore

extension Dataset {
    /// The first `n` images (all of them when `n` ≥ count), as a view.
    public func prefix(_ n: Int) throws -> Dataset {
        guard n >= 0 else { throw DataError.invalidArgument("prefix needs a count ≥ 0, got \(n)") }
        if n >= count { return self }
        return view(Array(0..<n), note: "first \(n)")
    }

    /// The images in an order fixed by `seed`, as a view.
    public func shuffled(seed: Int) -> Dataset {
        var order = Array(0..<count)
        var random = SplitMix64(seed: seed)
        random.shuffle(&order)
        return view(order, note: "shuffled (seed \(seed))")
    }

    /// Splits into a training and a test set, both views, both shuffled by `seed`.
    ///
    /// With `stratified`, each class contributes round(its count × `test`) images to the test
    /// set, so both halves keep the class proportions exactly (up to rounding per class).
    /// Without it, round(count × `test`) images chosen at random go to the test set.
    public func split(test: Double, stratified: Bool = true, seed: Int = 0) throws -> (train: Dataset, test: Dataset) {
        guard test > 0, test < 1 else {
            throw DataError.invalidArgument("split(test:) needs a fraction strictly between 0 and 1, got \(test)")
        }
        var random = SplitMix64(seed: seed)
        var trainRows = [Int](), testRows = [Int]()
        if stratified {
            try requireLabels(for: "a stratified split (stratified: true)")
            var byClass = [[Int]](repeating: [], count: classNames.count)
            for (i, label) in labels.enumerated() { byClass[label].append(i) }
            for var members in byClass where !members.isEmpty {
                random.shuffle(&members)
                let testCount = Int((Double(members.count) * test).rounded())
                testRows += members[..<testCount]
                trainRows += members[testCount...]
            }
        } else {
            var order = Array(0..<count)
            random.shuffle(&order)
            let testCount = Int((Double(count) * test).rounded())
            testRows = Array(order[..<testCount])
            trainRows = Array(order[testCount...])
        }
        guard !trainRows.isEmpty, !testRows.isEmpty else {
            throw DataError.invalidArgument("split(test: \(test)) of \(count) images leaves \(trainRows.count) for training and \(testRows.count) for testing; both need at least one")
        }
        // Mix the classes, which the stratified loop left grouped.
        random.shuffle(&trainRows)
        random.shuffle(&testRows)
        let percent = Int((test * 100).rounded())
        return (view(trainRows, note: "train split (\(100 - percent)%)"), view(testRows, note: "test split (\(percent)%)"))
    }

    /// Pixels divided by `pixelMaximum` (255 for 8-bit sources, 65535 for 16-bit ones): 0...1.
    public func normalized() -> Dataset {
        if pixelMaximum == 1 { return self }
        // Divide (not multiply by a reciprocal) so values match numpy's `x / 255` bit for bit.
        let maximum = pixelMaximum
        return replacing(pixels: pixels.map { $0 / maximum }, pixelMaximum: 1, note: "normalized to 0...1")
    }

    /// Statistics for standardization: one mean and deviation, or one per pixel position.
    public struct Standardization: Equatable {
        public let mean: [Float]
        public let standardDeviation: [Float]
        public var isPerPixel: Bool { mean.count > 1 }

        /// One value each for a global standardization, one per pixel position otherwise.
        public init(mean: [Float], standardDeviation: [Float]) {
            self.mean = mean
            self.standardDeviation = standardDeviation
        }
    }

    /// (pixel − mean) / std with statistics kept from training (for example saved with a model,
    /// to prepare new images exactly as the training data was).
    public func standardized(using statistics: Standardization) throws -> Dataset {
        let n = statistics.mean.count
        guard n > 0, statistics.standardDeviation.count == n, n == 1 || n == imageSize,
              statistics.standardDeviation.allSatisfy({ $0 > 0 && $0.isFinite }) else {
            throw DataError.invalidArgument("standardization statistics must hold one mean and one positive deviation, or one of each per pixel (\(imageSize)); got \(n) means and \(statistics.standardDeviation.count) deviations")
        }
        return applying(statistics, note: "standardized with given statistics")
    }

    /// The mean and standard deviation of this set's pixels: over all pixels (`perPixel` false,
    /// as most MNIST tutorials do: one mean, one std) or per pixel position. A deviation of 0
    /// (a pixel that never changes) is replaced by 1 so the division is safe.
    public func standardization(perPixel: Bool = false) -> Standardization {
        let size = imageSize
        let values = pixels
        if !perPixel {
            var sum = 0.0, squares = 0.0
            for v in values { sum += Double(v); squares += Double(v) * Double(v) }
            let n = Double(max(values.count, 1))
            let mean = sum / n
            let deviation = max(squares / n - mean * mean, 0).squareRoot()
            return Standardization(mean: [Float(mean)], standardDeviation: [deviation > 1e-12 ? Float(deviation) : 1])
        }
        var sums = [Double](repeating: 0, count: size), squares = [Double](repeating: 0, count: size)
        for image in 0..<count {
            for p in 0..<size {
                let v = Double(values[image * size + p])
                sums[p] += v
                squares[p] += v * v
            }
        }
        let n = Double(max(count, 1))
        let means = sums.map { $0 / n }
        let deviations = zip(squares, means).map { max($0 / n - $1 * $1, 0).squareRoot() }
        return Standardization(mean: means.map(Float.init), standardDeviation: deviations.map { $0 > 1e-12 ? Float($0) : 1 })
    }

    /// (pixel − mean) / std with this set's own statistics (global unless `perPixel`).
    public func standardized(perPixel: Bool = false) -> Dataset {
        applying(standardization(perPixel: perPixel), note: "standardized\(perPixel ? " per pixel" : "")")
    }

    /// (pixel − mean) / std with the statistics of `reference` — the training set — so no
    /// information leaks from test data. If the two sets are on different scales (one normalized,
    /// one raw), this set is first brought to the reference's scale.
    public func standardized(like reference: Dataset, perPixel: Bool = false) throws -> Dataset {
        guard reference.imageSize == imageSize || !perPixel else {
            throw DataError.invalidArgument("standardized(like:) per pixel needs images of the same shape: this set has \(imageShape), the reference \(reference.imageShape)")
        }
        let statistics = reference.standardization(perPixel: perPixel)
        let rescaled = reference.pixelMaximum == pixelMaximum ? self
            : replacing(pixels: pixels.map { $0 * reference.pixelMaximum / pixelMaximum }, pixelMaximum: reference.pixelMaximum,
                        note: "rescaled to 0...\(reference.pixelMaximum)")
        return rescaled.applying(statistics, note: "standardized like \(reference.source)")
    }

    private func applying(_ statistics: Standardization, note: String) -> Dataset {
        let size = imageSize
        var values = pixels
        if statistics.isPerPixel {
            values.withUnsafeMutableBufferPointer { buffer in
                for image in 0..<count {
                    for p in 0..<size {
                        buffer[image * size + p] = (buffer[image * size + p] - statistics.mean[p]) / statistics.standardDeviation[p]
                    }
                }
            }
        } else {
            let mean = statistics.mean.first ?? 0, deviation = statistics.standardDeviation.first ?? 1
            values.withUnsafeMutableBufferPointer { buffer in
                for i in 0..<buffer.count { buffer[i] = (buffer[i] - mean) / deviation }
            }
        }
        let maximum = statistics.isPerPixel ? pixelMaximum : (pixelMaximum - (statistics.mean.first ?? 0)) / (statistics.standardDeviation.first ?? 1)
        return replacing(pixels: values, pixelMaximum: maximum, note: note)
    }

    /// Images as flat vectors: `imageShape` becomes `[H·W·C]`. Shares the pixels.
    public func flattened() -> Dataset {
        if !isSpatial { return self }
        return Dataset(storage: storage, rows: rows, labels: labels, imageShape: [imageSize], classNames: classNames,
                       source: "\(source) → flattened", pixelMaximum: pixelMaximum, isLabelled: isLabelled)
    }

    /// Every image resized to `size` = `[H, W]`: bilinear when enlarging, area averaging when
    /// shrinking (which is what bilinear should do to avoid aliasing).
    public func resized(to size: [Int]) throws -> Dataset {
        guard size.count == 2, size[0] > 0, size[1] > 0, size[0] <= 4096, size[1] <= 4096 else {
            throw DataError.invalidArgument("resized(to:) needs [height, width] with sizes 1...4096, got \(size)")
        }
        try requireSpatial("resized(to:)")
        let (outHeight, outWidth) = (size[0], size[1])
        if outHeight == height && outWidth == width { return self }
        let outSize = outHeight * outWidth * channels
        let columns = Resampler.taps(from: width, to: outWidth), rowTaps = Resampler.taps(from: height, to: outHeight)
        var result = [Float](repeating: 0, count: count * outSize)
        let inSize = imageSize
        storage.withUnsafeBufferPointer { source in
            result.withUnsafeMutableBufferPointer { target in
                guard let from = source.baseAddress, let to = target.baseAddress else { return }
                for i in 0..<count {
                    let row = storageRow(i)
                    Resampler.resize(UnsafeBufferPointer(start: from + row * inSize, count: inSize),
                                     height: height, width: width, channels: channels,
                                     toHeight: outHeight, toWidth: outWidth, columns: columns, rows: rowTaps,
                                     into: UnsafeMutableBufferPointer(start: to + i * outSize, count: outSize))
                }
            }
        }
        return replacing(pixels: result, imageShape: [outHeight, outWidth, channels], note: "resized to \(outHeight)×\(outWidth)")
    }

    func requireSpatial(_ operation: String) throws {
        guard isSpatial else {
            throw DataError.invalidArgument("\(operation) needs images with a height and width, but this data set is flattened to \(imageShape); call it before flattened()")
        }
    }
}
