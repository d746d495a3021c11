import Foundation

/// A labelled set of images: the value every loader returns and every preprocessing step takes.
///
/// Pixels are kept as one contiguous `[Float]` laid out N × H × W × C (row-major, channels last),
/// in whatever range they currently have: loaders keep the file's raw values (0...255 for 8-bit,
/// 0...65535 for 16-bit sources), `normalized()` maps them to 0...1.
///
/// Selecting rows (`prefix`, `shuffled`, `split`, `subset`) makes a view: it shares the pixel
/// storage and keeps an index array, so chaining them copies no pixels. Steps that change pixel
/// values (`normalized`, `standardized`, `augmented`, `resized`) write a new contiguous store.
/// The type is immutable; `pixels` of a view is gathered once and cached.
public final class Dataset {
    /// Shape of one image: `[H, W, C]`, or `[D]` after `flattened()`.
    public let imageShape: [Int]
    /// One class index per image, each in `0..<classNames.count`.
    public let labels: [Int]
    /// The name of each class; digit names "0"..."9" unless the file named its classes.
    public let classNames: [String]
    /// Where the data came from and what was done to it, for reports.
    public let source: String
    /// The pixel value that means full intensity: 255 for 8-bit sources, 65535 for 16-bit ones,
    /// 1 once normalized. Charts use it to scale images; `normalized()` divides by it.
    public let pixelMaximum: Float
    /// False for images loaded without labels (Kaggle's `test.csv`): `labels` is then all zeros
    /// and means nothing, so whatever needs true labels (training, evaluation, class counts)
    /// asks `requireLabels` first.
    public let isLabelled: Bool

    /// Pixel rows, N' × imageSize, shared between views.
    let storage: [Float]
    /// Row `i` of this data set is row `rows[i]` of `storage`; `nil` means all rows in order.
    let rows: [Int]?
    private var gathered: [Float]?
    /// Guards `gathered`, so training threads may read `pixels` of a view concurrently.
    private let gatherLock = NSLock()

    /// A data set from pixels already in memory (for example a single preprocessed image).
    ///
    /// - Parameters:
    ///   - pixels: N × product(imageShape) values, channels last.
    ///   - imageShape: `[H, W]`, `[H, W, C]` or `[D]`; `[H, W]` means one channel.
    ///   - classNames: defaults to "0"..."k-1" for k = max(10, largest label + 1).
    public convenience init(pixels: [Float], labels: [Int], imageShape: [Int], classNames: [String]? = nil,
                            source: String = "in memory", pixelMaximum: Float = 255, isLabelled: Bool = true) throws {
        let shape = try Dataset.canonicalShape(imageShape)
        let size = shape.reduce(1, *)   // canonicalShape checked that this does not overflow
        let (needed, overflow) = labels.count.multipliedReportingOverflow(by: size)
        guard !overflow, pixels.count == needed else {
            throw DataError.invalidArgument("\(pixels.count) pixel values do not make \(labels.count) images of shape \(shape)"
                                            + (overflow ? "" : " (\(needed) values needed)"))
        }
        if classNames == nil, let tooLarge = labels.first(where: { $0 >= Dataset.maximumClassCount }) {
            throw DataError.invalidArgument("label \(tooLarge) is too large for a class index (at most \(Dataset.maximumClassCount - 1))")
        }
        let names = classNames ?? Dataset.digitNames(covering: labels)
        if let bad = labels.firstIndex(where: { $0 < 0 || $0 >= names.count }) {
            throw DataError.invalidArgument("label \(labels[bad]) of image \(bad) is not a class index in 0..<\(names.count)")
        }
        guard pixelMaximum > 0, pixelMaximum.isFinite else {
            throw DataError.invalidArgument("pixelMaximum must be a positive number, got \(pixelMaximum)")
        }
        self.init(storage: pixels, rows: nil, labels: labels, imageShape: shape, classNames: names,
                  source: source, pixelMaximum: pixelMaximum, isLabelled: isLabelled)
    }

    /// The unchecked initializer the library uses once it has validated its inputs.
    init(storage: [Float], rows: [Int]?, labels: [Int], imageShape: [Int], classNames: [String],
         source: String, pixelMaximum: Float, isLabelled: Bool = true) {
        self.storage = storage
        self.rows = rows
        self.labels = labels
        self.imageShape = imageShape
        self.classNames = classNames
        self.source = source
        self.pixelMaximum = pixelMaximum
        self.isLabelled = isLabelled
    }

    /// The number of images.
    public var count: Int { labels.count }
    /// Values per image (H × W × C).
    public var imageSize: Int { imageShape.reduce(1, *) }
    /// Image height, or 1 for a flattened set.
    public var height: Int { imageShape.count == 3 ? imageShape[0] : 1 }
    /// Image width, or the vector length for a flattened set.
    public var width: Int { imageShape.count == 3 ? imageShape[1] : imageShape.first ?? 0 }
    /// Channels per pixel, 1 for a flattened set.
    public var channels: Int { imageShape.count == 3 ? imageShape[2] : 1 }
    /// True when the images still have a height and width (not `flattened()`).
    public var isSpatial: Bool { imageShape.count == 3 }

    /// All pixels, N × H × W × C, contiguous. Free for a loaded set; a view gathers its rows once.
    public var pixels: [Float] {
        guard let rows else { return storage }
        gatherLock.lock()
        defer { gatherLock.unlock() }
        if let gathered { return gathered }
        let result = Dataset.gather(storage, rows: rows, imageSize: imageSize)
        gathered = result
        return result
    }

    /// The pixels of images `indices` (positions in this data set), contiguous — a training batch.
    /// Indices out of range are an error.
    public func batch(_ indices: [Int]) throws -> [Float] {
        try checkIndices(indices)
        let storageRows = rows.map { r in indices.map { r[$0] } } ?? indices
        return Dataset.gather(storage, rows: storageRows, imageSize: imageSize)
    }

    /// The pixels of image `index`.
    public func image(at index: Int) throws -> [Float] {
        try checkIndices([index])
        let row = storageRow(index)
        return Array(storage[row * imageSize ..< (row + 1) * imageSize])
    }

    /// The images at `indices` (positions in this data set), as a view sharing the pixels.
    public func subset(_ indices: [Int], note: String? = nil) throws -> Dataset {
        try checkIndices(indices)
        return view(indices, note: note)
    }

    /// The same data with other class names (for example Fashion-MNIST's), one per class index.
    public func withClassNames(_ names: [String]) throws -> Dataset {
        if let bad = labels.first(where: { $0 >= names.count }) {
            throw DataError.invalidArgument("\(names.count) class names given, but the data has label \(bad)")
        }
        return Dataset(storage: storage, rows: rows, labels: labels, imageShape: imageShape, classNames: names,
                       source: source, pixelMaximum: pixelMaximum, isLabelled: isLabelled)
    }

    // MARK: - Internal helpers shared by the extensions

    /// The storage row holding image `index` of this data set (the index must be valid).
    @inline(__always)
    func storageRow(_ index: Int) -> Int {
        rows.map { $0[index] } ?? index
    }

    /// A view of this data set's images at `indices`, which must be valid.
    func view(_ indices: [Int], note: String?) -> Dataset {
        let storageRows = rows.map { r in indices.map { r[$0] } } ?? indices
        let newLabels = indices.map { labels[$0] }
        return Dataset(storage: storage, rows: storageRows, labels: newLabels, imageShape: imageShape,
                       classNames: classNames, source: note.map { "\(source) → \($0)" } ?? source,
                       pixelMaximum: pixelMaximum, isLabelled: isLabelled)
    }

    /// A new contiguous data set with the same labels and classes.
    func replacing(pixels: [Float], imageShape: [Int]? = nil, labels: [Int]? = nil, pixelMaximum: Float? = nil,
                   note: String) -> Dataset {
        Dataset(storage: pixels, rows: nil, labels: labels ?? self.labels, imageShape: imageShape ?? self.imageShape,
                classNames: classNames, source: "\(source) → \(note)", pixelMaximum: pixelMaximum ?? self.pixelMaximum,
                isLabelled: isLabelled)
    }

    /// Throws unless the images have true labels; `use` says what needed them ("evaluate").
    public func requireLabels(for use: String) throws {
        guard isLabelled else {
            throw DataError.invalidArgument("\(use) needs labelled images, but \(source) has no labels (it was loaded without a label column)")
        }
    }

    private func checkIndices(_ indices: [Int]) throws {
        if let bad = indices.first(where: { $0 < 0 || $0 >= count }) {
            throw DataError.invalidArgument("image index \(bad) is out of range: the data set has \(count) images (0..<\(count))")
        }
    }

    static func gather(_ storage: [Float], rows: [Int], imageSize: Int) -> [Float] {
        var result = [Float](repeating: 0, count: rows.count * imageSize)
        storage.withUnsafeBufferPointer { source in
            result.withUnsafeMutableBufferPointer { target in
                guard let from = source.baseAddress, let to = target.baseAddress else { return }
                for (i, row) in rows.enumerated() {
                    (to + i * imageSize).update(from: from + row * imageSize, count: imageSize)
                }
            }
        }
        return result
    }

    /// `[H, W]` → `[H, W, 1]`; `[H, W, C]` and `[D]` kept; anything else or a zero size rejected.
    static func canonicalShape(_ shape: [Int]) throws -> [Int] {
        guard !shape.isEmpty, shape.count <= 3, shape.allSatisfy({ $0 > 0 }) else {
            throw DataError.invalidArgument("an image shape is [height, width], [height, width, channels] or [length] with positive sizes, got \(shape)")
        }
        var size = 1
        for dimension in shape {
            let (product, overflow) = size.multipliedReportingOverflow(by: dimension)
            guard !overflow else { throw DataError.invalidArgument("the image shape \(shape) has more values than can be counted") }
            size = product
        }
        return shape.count == 2 ? shape + [1] : shape
    }

    /// Numeric labels at or above this are refused: they are not class indices (a wrong label
    /// column, most likely), and naming them all would exhaust memory.
    static let maximumClassCount = 100_000

    /// "0"..."k-1" with k at least 10, so digit sets missing a class still name all ten.
    static func digitNames(covering labels: [Int]) -> [String] {
        let k = max(10, (labels.max() ?? -1) + 1)
        return (0..<k).map(String.init)
    }
}

extension Dataset: CustomStringConvertible {
    /// One line: "Dataset(5000 images, 28×28×1, 10 classes, 0...255, from mnist_5k.csv.gz)".
    public var description: String {
        let shape = imageShape.map(String.init).joined(separator: "×")
        let range = pixelMaximum == pixelMaximum.rounded() ? String(Int(pixelMaximum)) : String(pixelMaximum)
        return "Dataset(\(count) images, \(shape), \(classNames.count) classes, 0...\(range), from \(source))"
    }
}
