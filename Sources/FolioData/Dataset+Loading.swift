import Foundation

extension Dataset {
    /// Images from a CSV file (`.csv` or gzip-compressed `.csv.gz`), one image per row.
    ///
    /// - Parameters:
    ///   - path: the file; gzip is detected from its content.
    ///   - labelColumn: an index (negative counts from the end), a header name, `.automatic`
    ///     (a column named label/class/target, or the first or last column of a header-less file)
    ///     or `.absent`.
    ///   - imageShape: `[H, W]` or `[H, W, C]`; by default a square grey image when the pixel
    ///     count is a square (784 → 28 × 28), else a flat vector.
    ///   - classNames: names for the class indices; text labels in the file name their classes.
    /// Pixels must be numbers in 0...255. A header row is recognised by a non-numeric cell.
    public static func csv(_ path: String, labelColumn: LabelColumn = .automatic, imageShape: [Int]? = nil,
                           classNames: [String]? = nil) throws -> Dataset {
        try CSVLoader(path: path).load(labelColumn: labelColumn, imageShape: imageShape, classNames: classNames)
    }

    /// Images and labels from a pair of IDX files (raw or `.gz`), as MNIST and Fashion-MNIST ship.
    public static func idx(images imagesPath: String, labels labelsPath: String, classNames: [String]? = nil) throws -> Dataset {
        try IDXLoader.load(images: imagesPath, labels: labelsPath, classNames: classNames)
    }

    /// The MNIST training or test set from the four standard IDX files in `directory`
    /// (`train-images-idx3-ubyte`, `t10k-labels-idx1-ubyte`, …, each `.gz` or not; the
    /// `train-images.idx3-ubyte` spelling is accepted too). Works for Fashion-MNIST folders alike:
    /// a folder whose path mentions "fashion" gets `fashionMNISTClassNames` unless `classNames`
    /// says otherwise.
    public static func mnist(_ directory: String, split: MNISTSplit = .train, classNames: [String]? = nil) throws -> Dataset {
        let prefix = split == .train ? "train" : "t10k"
        let images = try findFile(in: directory, stems: ["\(prefix)-images-idx3-ubyte", "\(prefix)-images.idx3-ubyte"])
        let labels = try findFile(in: directory, stems: ["\(prefix)-labels-idx1-ubyte", "\(prefix)-labels.idx1-ubyte"])
        let names = classNames ?? (directory.lowercased().contains("fashion") ? fashionMNISTClassNames : nil)
        return try idx(images: images, labels: labels, classNames: names)
    }

    /// Fashion-MNIST's ten classes, in label order (from the data set's documentation).
    public static let fashionMNISTClassNames = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                                                "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]

    /// Images from a folder of PNG or PGM files, labelled by subfolder (`digits/3/a.png`) or by
    /// file-name prefix (`digits/3_a.png`, `digits/3-a.png`).
    ///
    /// All images must have the same size unless `mnistStyle` is true, in which case each one is
    /// put through `DigitPreprocessor.mnistStyle` (28 × 28 grey, white digit on black, 0...255).
    public static func images(_ folder: String, mnistStyle: Bool = false, classNames: [String]? = nil) throws -> Dataset {
        try ImageFolderLoader(folder: folder).load(mnistStyle: mnistStyle, classNames: classNames)
    }

    // Labelled spellings of the loaders, for Swift callers who prefer them.

    public static func csv(path: String, labelColumn: LabelColumn = .automatic, imageShape: [Int]? = nil,
                           classNames: [String]? = nil) throws -> Dataset {
        try csv(path, labelColumn: labelColumn, imageShape: imageShape, classNames: classNames)
    }

    public static func mnist(directory: String, split: MNISTSplit = .train, classNames: [String]? = nil) throws -> Dataset {
        try mnist(directory, split: split, classNames: classNames)
    }

    public static func images(folder: String, mnistStyle: Bool = false, classNames: [String]? = nil) throws -> Dataset {
        try images(folder, mnistStyle: mnistStyle, classNames: classNames)
    }

    private static func findFile(in directory: String, stems: [String]) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DataError.unreadableFile(path: directory, reason: "no such folder")
        }
        for stem in stems {
            for candidate in [stem + ".gz", stem] {
                let path = (directory as NSString).appendingPathComponent(candidate)
                if FileManager.default.fileExists(atPath: path) { return path }
            }
        }
        throw DataError.unreadableFile(path: directory, reason: "the folder has no \(stems[0]) or \(stems[0]).gz (the standard MNIST file names)")
    }
}

/// Which half of an MNIST-style IDX set to load.
public enum MNISTSplit: String, Equatable, CaseIterable {
    case train, test
}
