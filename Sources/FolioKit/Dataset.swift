import FolioLanguage

/// A labelled (or unlabelled) set of images: pixels N×H×W×C, one label per image, class names.
/// Immutable: every transformation returns a new data set, as in a notebook. Arguments left nil
/// take the notebook language's defaults (`folio help Dataset.split` lists them).
public struct Dataset: Showable, CustomStringConvertible {
    let value: Value
    init(_ value: Value) { self.value = value }

    /// What the report shows for a data set: its summary table.
    public var shown: ShownValue { ShownValue(value: value) }
    /// One line, as `print(dataset)` writes it in a notebook.
    public var description: String { value.description }

    private func call(_ name: String, _ arguments: [(label: String?, value: Value?)] = []) throws -> Value {
        try Library.call(.method, "Dataset", name, receiver: value, arguments)
    }
    private func property(_ name: String) throws -> Value {
        try Library.call(.property, "Dataset", name, receiver: value)
    }

    // MARK: loading

    /// Loads images from a CSV file (`.csv` or `.csv.gz`, with or without a header): one image per
    /// row, pixel columns plus a label column (an index, -1 for the last; found automatically when nil).
    public static func csv(_ path: String, labelColumn: Int? = nil, imageShape: [Int]? = nil) throws -> Dataset {
        Dataset(try Library.call(.staticFunction, "Dataset", "csv", [(nil, arg(path)), ("labelColumn", arg(labelColumn)),
                                                                      ("imageShape", arg(imageShape))]))
    }

    /// Loads images from a CSV file whose label column has the header `labelColumn`.
    public static func csv(_ path: String, labelColumn: String, imageShape: [Int]? = nil) throws -> Dataset {
        Dataset(try Library.call(.staticFunction, "Dataset", "csv", [(nil, arg(path)), ("labelColumn", arg(labelColumn)),
                                                                      ("imageShape", arg(imageShape))]))
    }

    /// Loads images and labels from a pair of IDX files (raw or `.gz`), the format MNIST ships in.
    public static func idx(images: String, labels: String) throws -> Dataset {
        Dataset(try Library.call(.staticFunction, "Dataset", "idx", [("images", arg(images)), ("labels", arg(labels))]))
    }

    /// Which half of MNIST `mnist(_:split:)` loads.
    public enum Split: String {
        /// The 60,000 training images.
        case train
        /// The 10,000 test images.
        case test
    }

    /// Loads the training or test half of MNIST from a folder holding the four standard IDX files.
    public static func mnist(_ directory: String, split: Split? = nil) throws -> Dataset {
        Dataset(try Library.call(.staticFunction, "Dataset", "mnist", [(nil, arg(directory)), ("split", split.map { enumValue("Split", $0.rawValue) })]))
    }

    /// Loads image files; the label comes from the subfolder (`3/a.png`) or the file-name prefix
    /// (`3_a.png`). `mnistStyle` prepares every image as `predict(image:)` does.
    public static func images(_ folder: String, mnistStyle: Bool? = nil) throws -> Dataset {
        Dataset(try Library.call(.staticFunction, "Dataset", "images", [(nil, arg(folder)), ("mnistStyle", arg(mnistStyle))]))
    }

    // MARK: properties

    /// The number of images.
    public var count: Int { get throws { try property("count").asInt() } }
    /// The name of each class.
    public var classNames: [String] { get throws { try property("classNames").asStrings() } }
    /// The shape of one image, [H, W, C].
    public var imageShape: [Int] { get throws { try property("imageShape").asInts() } }
    /// The label of every image, in order (an error for unlabelled data).
    public var labels: [Int] { get throws { try property("labels").asInts() } }

    // MARK: preprocessing

    /// Splits into (train, test); a stratified split keeps each class's share the same in both.
    public func split(test: Double? = nil, stratified: Bool? = nil, seed: Int? = nil) throws -> (Dataset, Dataset) {
        let parts = try call("split", [("test", arg(test)), ("stratified", arg(stratified)), ("seed", arg(seed))]).asTuple()
        guard parts.count == 2 else { throw FolioError("split returned \(parts.count) parts") }
        return (Dataset(parts[0]), Dataset(parts[1]))
    }
    /// The same images in a seeded random order.
    public func shuffled(seed: Int? = nil) throws -> Dataset { Dataset(try call("shuffled", [("seed", arg(seed))])) }
    /// The first `n` images.
    public func prefix(_ n: Int) throws -> Dataset { Dataset(try call("prefix", [(nil, arg(n))])) }
    /// Pixels scaled to [0, 1] (divided by 255 for 8-bit images).
    public func normalized() throws -> Dataset { Dataset(try call("normalized")) }
    /// Pixels shifted and scaled to mean 0 and standard deviation 1.
    public func standardized() throws -> Dataset { Dataset(try call("standardized")) }
    /// Standardized with another set's mean and standard deviation (the training set's, for a test set).
    public func standardized(like other: Dataset) throws -> Dataset { Dataset(try call("standardized", [("like", other.value)])) }
    /// Adds randomly shifted, rotated and zoomed copies of every image (bilinear, seeded).
    public func augmented(shift: Double? = nil, rotate: Double? = nil, zoom: Double? = nil, copies: Int? = nil, seed: Int? = nil) throws -> Dataset {
        Dataset(try call("augmented", [("shift", arg(shift)), ("rotate", arg(rotate)), ("zoom", arg(zoom)),
                                       ("copies", arg(copies)), ("seed", arg(seed))]))
    }
    /// Every image resized (bilinear) to [height, width].
    public func resized(to size: [Int]) throws -> Dataset { Dataset(try call("resized", [("to", arg(size))])) }
    /// Each image as one row of H×W×C values.
    public func flattened() throws -> Dataset { Dataset(try call("flattened")) }

    // MARK: exploration

    /// A table: count, image shape, pixel range, mean, standard deviation, classes.
    public func summary() throws -> Table { Table(value: try call("summary")) }
    /// How many images each class has: a table and a bar chart.
    public func classCounts() throws -> Figure { Figure(value: try call("classCounts")) }
    /// A grid of `n` random images with their labels.
    public func samples(_ n: Int? = nil, seed: Int? = nil) throws -> Figure { Figure(value: try call("samples", [(nil, arg(n)), ("seed", arg(seed))])) }
    /// A histogram of all pixel values.
    public func pixelHistogram(bins: Int? = nil) throws -> Figure { Figure(value: try call("pixelHistogram", [("bins", arg(bins))])) }
    /// The average image of every class.
    public func meanImages() throws -> Figure { Figure(value: try call("meanImages")) }
}
