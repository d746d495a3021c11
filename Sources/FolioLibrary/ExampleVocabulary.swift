import FolioData
import FolioLanguage

/// A data set's single examples: `dataset[i]`, their label, pixels and picture, and the data sets
/// made by picking examples (`filter`, `grid`).
enum ExampleVocabulary {
    static var vocabulary: Vocabulary {
        var v = Vocabulary()
        v.add(type: TypeDeclaration("Example", topic: "Data", doc: "One image of a data set with its label, as `dataset[i]` gives it."))
        v.add(members)
        v.add(picking)
        return v
    }

    static var members: [Declaration] {
        [
            Declaration(.property, owner: "Example", "label", returns: .int, topic: "Data", doc: "The true class index (an error for unlabelled data).") { call in
                .int(try call.receiver(as: ExampleValue.self).label())
            },
            Declaration(.property, owner: "Example", "index", returns: .int, topic: "Data", doc: "The position in its data set.") { call in
                .int(try call.receiver(as: ExampleValue.self).index)
            },
            Declaration(.property, owner: "Example", "pixels", returns: .array(.double), topic: "Data",
                        doc: "The pixel values row by row (channels last), on the data set's scale (0...255 raw, 0...1 normalised).") { call in
                .array(try call.receiver(as: ExampleValue.self).pixels().map { .double(Double($0)) })
            },
            Declaration(.property, owner: "Example", "image", returns: .figure, topic: "Data", doc: "The image, enlarged, with its position and label.") { call in
                .rendered([try call.receiver(as: ExampleValue.self).picture()])
            },
        ]
    }

    static var picking: [Declaration] {
        [
            Declaration(.subscript, owner: "Dataset", "subscript", [Param(nil, name: "index", .int)], returns: .named("Example"), topic: "Data",
                        doc: "The example at this position (0-based): its label, pixels and image.", example: "test[0].image") { call in
                .object(try ExampleValue(try call.receiverDataset(), index: try call.int("index")))
            },
            Declaration(.method, owner: "Dataset", "filter", [Param(nil, name: "isIncluded", .function([.named("Example")], .bool), doc: "true for the examples to keep")],
                        returns: .dataset, topic: "Data", doc: "The examples for which the closure is true, in order (a data set sharing the pixels).",
                        example: "let threes = train.filter { $0.label == 3 }") { call in
                let predicate = try call.function("isIncluded")
                return .object(DatasetValue(try filter(try call.receiverDataset()) { example in
                    guard case .bool(let keep) = try predicate.call([.object(example)]) else {
                        throw RuntimeError("the closure of filter must return a Bool")
                    }
                    return keep
                }))
            },
            Declaration(.method, owner: "Dataset", "grid",
                        [Param(nil, name: "indices", .array(.int), doc: "positions in the data set, at most 400"),
                         Param("captions", .optional(.array(.string)), default: .absent, doc: "one per image; each image's label when left out")],
                        returns: .figure, topic: "Data", doc: "A grid of the images at these positions, in this order.",
                        example: "test.grid([0, 1, 2], captions: [\"a\", \"b\", \"c\"])") { call in
                let data = try call.receiverDataset()
                let indices = try call.intArray("indices")
                guard indices.count <= 400 else { throw RuntimeError("grid shows at most 400 images, got \(indices.count)", fix: "pass fewer indices, e.g. Array(indices.prefix(100))") }
                var captions = try indices.map { try ExampleValue(data, index: $0).caption }
                if case .array(let given)? = call["captions"] {
                    guard given.count == indices.count else {
                        throw RuntimeError("\(given.count) caption\(given.count == 1 ? "" : "s") for \(indices.count) image\(indices.count == 1 ? "" : "s")",
                                           fix: "give one caption per index")
                    }
                    captions = given.map(\.description)
                }
                let images = try zip(indices, captions).map { index, caption in
                    (pixels: try library { try data.image(at: index) }, caption: caption, highlight: false)
                }
                return .rendered([Figures.imageGrid(title: "\(indices.count) images", images: images, shape: data.imageShape, maximum: data.pixelMaximum)])
            },
        ]
    }

    /// The examples for which `keep` is true, in order, as a view of the same pixels.
    static func filter(_ data: Dataset, _ keep: (ExampleValue) throws -> Bool) throws -> Dataset {
        var kept: [Int] = []
        for index in 0..<data.count where try keep(try ExampleValue(data, index: index)) { kept.append(index) }
        return try library { try data.subset(kept, note: "filtered (\(kept.count) of \(data.count))") }
    }
}
