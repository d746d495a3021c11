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
