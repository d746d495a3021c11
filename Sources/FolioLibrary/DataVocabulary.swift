import Foundation
import FolioCore
import FolioData
import FolioLanguage

/// The data vocabulary (docs/architecture.md, "Who owns what"; docs/language.md): loaders, preprocessing and exploration of data sets.
enum DataVocabulary {
    static var vocabulary: Vocabulary {
        var v = Vocabulary()
        v.add(type: TypeDeclaration("Dataset", topic: "Data", doc: "A labelled set of images: pixels N×H×W×C, one label per image, class names."))
        v.add(enum: EnumDeclaration("Split", cases: [.init("train", doc: "the 60,000 training images"), .init("test", doc: "the 10,000 test images")],
                                    topic: "Data", doc: "Which half of MNIST `Dataset.mnist` loads."))
        v.add(loaders)
        v.add(properties)
        v.add(preprocessing)
        v.add(exploration)
        return v
    }

    private static func loaded(_ call: Call, _ path: URL, _ load: () throws -> Dataset) throws -> Value {
        call.context.recordRead(path)
        return .object(DatasetValue(try library(load)))
    }

    static var loaders: [Declaration] {
        [
            Declaration(.staticFunction, owner: "Dataset", "csv",
                        [Param(nil, name: "path", .string, doc: "a .csv or .csv.gz file"),
                         Param("labelColumn", .oneOf([.int, .string]), default: Param.DefaultValue.none,
                               doc: "the label's column: an index (-1 = last) or a header name; found automatically when left out, and none when a header names no label and the pixels make a square image, or imageShape takes every column"),
                         Param("imageShape", .array(.int), default: Param.DefaultValue.none, doc: "e.g. [28, 28]; square when left out")],
                        returns: .dataset, topic: "Data",
                        doc: "Loads images from a CSV file (one image per row, pixel columns plus a label column), with or without a header; a file without a label column (Kaggle's test.csv) loads as unlabelled images, for predict but not evaluate.",
                        example: "let digits = Dataset.csv(\"data/mnist_5k.csv.gz\", labelColumn: 784, imageShape: [28, 28])") { call in
                let url = try call.path("path")
                var column = LabelColumn.automatic
                switch call["labelColumn"] {
                case .int(let i)?: column = .index(i)
                case .string(let s)?: column = .name(s)
                default: break
                }
                let shape = call.has("imageShape") ? try call.intArray("imageShape") : nil
                return try loaded(call, url) { try Dataset.csv(url.path, labelColumn: column, imageShape: shape) }
            },
            Declaration(.staticFunction, owner: "Dataset", "idx",
                        [Param("images", .string, doc: "an IDX image file, raw or .gz"), Param("labels", .string, doc: "the matching IDX label file")],
                        returns: .dataset, topic: "Data", doc: "Loads images and labels from a pair of IDX files (the format MNIST ships in).",
                        example: "let test = Dataset.idx(images: \"data/mnist/t10k-images-idx3-ubyte.gz\", labels: \"data/mnist/t10k-labels-idx1-ubyte.gz\")") { call in
                let images = try call.path("images"), labels = try call.path("labels")
                call.context.recordRead(labels)
                return try loaded(call, images) { try Dataset.idx(images: images.path, labels: labels.path) }
            },
            Declaration(.staticFunction, owner: "Dataset", "mnist",
                        [Param(nil, name: "directory", .string, doc: "a folder with the four standard MNIST files"),
                         Param("split", .named("Split"), default: .enumCase("train"))],
                        returns: .dataset, topic: "Data", doc: "Loads the training or test half of MNIST from a folder holding the standard IDX file names.",
                        example: "let train = Dataset.mnist(\"data/mnist\", split: .train)") { call in
                let folder = try call.path("directory")
                let split: MNISTSplit = (try? call.enumCase("split"))?.caseName == "test" ? .test : .train
                return try loaded(call, folder) { try Dataset.mnist(folder.path, split: split) }
            },
            Declaration(.staticFunction, owner: "Dataset", "images",
                        [Param(nil, name: "folder", .string, doc: "a folder of PNG or PGM files"),
                         Param("mnistStyle", .bool, default: .bool(false),
                               doc: "prepare every image as predict(image:) does (grey, white digit on black, centred in 28×28, 0...255), so photos of any size load")],
                        returns: .dataset, topic: "Data",
                        doc: "Loads image files; the label comes from the subfolder name (`3/a.png`) or the file-name prefix (`3_a.png`).",
                        example: "let mine = Dataset.images(\"data/my-digits\", mnistStyle: true)") { call in
                let folder = try call.path("folder")
                let mnistStyle = try call.bool("mnistStyle")
                return try loaded(call, folder) { try Dataset.images(folder.path, mnistStyle: mnistStyle) }
            },
        ]
    }

    static var properties: [Declaration] {
        [
            Declaration(.property, owner: "Dataset", "count", returns: .int, topic: "Data", doc: "The number of images.") { call in
                .int(try call.receiverDataset().count)
            },
            Declaration(.property, owner: "Dataset", "classNames", returns: .array(.string), topic: "Data", doc: "The name of each class.") { call in
                .array(try call.receiverDataset().classNames.map(Value.string))
            },
            Declaration(.property, owner: "Dataset", "imageShape", returns: .array(.int), topic: "Data", doc: "The shape of one image, [H, W, C].") { call in
                .array(try call.receiverDataset().imageShape.map(Value.int))
            },
            Declaration(.property, owner: "Dataset", "labels", returns: .array(.int), topic: "Data", doc: "The label of every image, in order (an error for unlabelled data).") { call in
                .array(try labelled(call, for: "labels").labels.map(Value.int))
            },
        ]
    }

    /// The receiver, which must have labels for `use`.
    static func labelled(_ call: Call, for use: String) throws -> Dataset {
        let data = try call.receiverDataset()
        try library { try data.requireLabels(for: use) }
        return data
    }

    private static func transformed(_ call: Call, _ body: (Dataset) throws -> Dataset) throws -> Value {
        let data = try call.receiverDataset()
        return .object(DatasetValue(try library { try body(data) }))
    }

    static var preprocessing: [Declaration] {
        [
            Declaration(.method, owner: "Dataset", "split",
                        [Param("test", .double, default: .double(0.2), doc: "the fraction that goes to the test set"),
                         Param("stratified", .bool, default: .bool(true), doc: "keep each class's share the same in both halves"),
                         Param("seed", .int, default: .int(0))],
                        returns: .tuple([.dataset, .dataset]), topic: "Data",
                        doc: "Splits into (train, test); stratified splits keep exact per-class proportions.",
                        example: "let (train, test) = digits.split(test: 0.2, stratified: true, seed: 42)") { call in
                let data = try call.receiverDataset()
                let parts = try library { try data.split(test: try call.double("test"), stratified: try call.bool("stratified"), seed: try call.int("seed")) }
                return .tuple([.object(DatasetValue(parts.train)), .object(DatasetValue(parts.test))])
            },
            Declaration(.method, owner: "Dataset", "shuffled", [Param("seed", .int, default: .int(0))], returns: .dataset, topic: "Data",
                        doc: "The same images in a seeded random order.") { call in
                try transformed(call) { $0.shuffled(seed: try call.int("seed")) }
            },
            Declaration(.method, owner: "Dataset", "prefix", [Param(nil, name: "n", .int)], returns: .dataset, topic: "Data",
                        doc: "The first n images.", example: "let small = train.shuffled(seed: 1).prefix(1000)") { call in
                try transformed(call) { try $0.prefix(try call.int("n")) }
            },
            Declaration(.method, owner: "Dataset", "normalized", returns: .dataset, topic: "Data",
                        doc: "Pixels scaled to [0, 1] (divided by 255 for 8-bit images).") { call in
                try transformed(call) { $0.normalized() }
            },
            Declaration(.method, owner: "Dataset", "standardized", returns: .dataset, topic: "Data",
                        doc: "Pixels shifted and scaled to mean 0 and standard deviation 1 (one mean and std over all pixels).") { call in
                try transformed(call) { $0.standardized() }
            },
            Declaration(.method, owner: "Dataset", "standardized", [Param("like", .dataset, doc: "the training set whose statistics to use")],
                        returns: .dataset, topic: "Data",
                        doc: "Standardized with another set's mean and std: use the training set's statistics for the test set.",
                        example: "let testStd = test.standardized(like: train)") { call in
                let reference = try call.dataset("like")
                return try transformed(call) { try $0.standardized(like: reference) }
            },
            Declaration(.method, owner: "Dataset", "augmented",
                        [Param("shift", .double, default: .double(2), doc: "largest shift in pixels"),
                         Param("rotate", .double, default: .double(10), doc: "largest rotation in degrees"),
                         Param("zoom", .double, default: .double(0.1), doc: "largest zoom in or out, as a fraction"),
                         Param("copies", .int, default: .int(1), doc: "augmented copies per image, kept beside the originals"),
                         Param("seed", .int, default: .int(0))],
                        returns: .dataset, topic: "Data", doc: "Adds randomly shifted, rotated and zoomed copies of every image (bilinear, seeded).",
                        example: "let more = train.augmented(shift: 2, rotate: 10, zoom: 0.1, copies: 1, seed: 7)") { call in
                try transformed(call) {
                    try $0.augmented(shift: try call.double("shift"), rotate: try call.double("rotate"), zoom: try call.double("zoom"),
                                     copies: try call.int("copies"), seed: try call.int("seed"))
                }
            },
            Declaration(.method, owner: "Dataset", "resized", [Param("to", .array(.int), doc: "[height, width]")], returns: .dataset, topic: "Data",
                        doc: "Every image resized (bilinear) to the given height and width.") { call in
                let size = try call.intArray("to")
                return try transformed(call) { try $0.resized(to: size) }
            },
            Declaration(.method, owner: "Dataset", "flattened", returns: .dataset, topic: "Data",
                        doc: "Each image as one row of H×W×C values.") { call in
                try transformed(call) { $0.flattened() }
            },
        ]
    }

    static var exploration: [Declaration] {
        [
            Declaration(.method, owner: "Dataset", "summary", returns: .table, topic: "Data",
                        doc: "A table: count, image shape, pixel range, mean, std, classes.") { call in
                .table(Figures.summaryTable(try call.receiverDataset()))
            },
            Declaration(.method, owner: "Dataset", "classCounts", returns: .figure, topic: "Data",
                        doc: "How many images each class has: a table and a bar chart.") { call in
                .rendered(Figures.classCounts(try labelled(call, for: "classCounts()")))
            },
            Declaration(.method, owner: "Dataset", "samples", [Param(nil, name: "n", .int, default: .int(25)), Param("seed", .int, default: .int(0))],
                        returns: .figure, topic: "Data", doc: "A grid of n random images with their labels.",
                        example: "train.samples(25)") { call in
                let data = try call.receiverDataset()
                let picked = try library { try data.samples(try call.int("n"), seed: try call.int("seed")) }
                return .rendered([Figures.imageGrid(title: "\(picked.count) samples", images: picked.map {
                    (pixels: $0.pixels, caption: !data.isLabelled ? "#\($0.index)" : data.classNames.indices.contains($0.label) ? data.classNames[$0.label] : String($0.label), highlight: false)
                }, shape: data.imageShape, maximum: data.pixelMaximum)])
            },
            Declaration(.method, owner: "Dataset", "pixelHistogram", [Param("bins", .int, default: .int(32))], returns: .figure, topic: "Data",
                        doc: "A histogram of all pixel values.") { call in
                let data = try call.receiverDataset()
                let bins = try library { try data.pixelHistogram(bins: try call.int("bins")) }
                return .rendered([Figures.histogram(bins)])
            },
            Declaration(.method, owner: "Dataset", "meanImages", returns: .figure, topic: "Data",
                        doc: "The average image of every class.") { call in
                let data = try labelled(call, for: "meanImages()")
                let means = data.meanImages()
                return .rendered([Figures.imageGrid(title: "Mean image per class", images: means.map { (pixels: $0.pixels, caption: $0.className, highlight: false) },
                                                    shape: data.imageShape, maximum: data.pixelMaximum)])
            },
        ]
    }
}
