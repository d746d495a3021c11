import FolioLanguage

/// One image of a data set with its label, as `dataset[i]` gives it (and the closure of
/// `dataset.filter { … }` receives).
public struct Example: Showable, CustomStringConvertible {
    let value: Value
    /// What the report shows for an example: its image.
    public var shown: ShownValue { ShownValue(value: value) }
    /// One line, as `print(example)` writes it in a notebook.
    public var description: String { value.description }
    private func property(_ name: String) throws -> Value { try Library.call(.property, "Example", name, receiver: value) }

    /// The true class index (an error for unlabelled data).
    public var label: Int { get throws { try property("label").asInt() } }
    /// The position in its data set.
    public var index: Int { get throws { try property("index").asInt() } }
    /// The pixel values row by row (channels last), on the data set's scale (0...255 raw, 0...1 normalised).
    public var pixels: [Double] { get throws { try property("pixels").asDoubles() } }
    /// The image, enlarged, with its position and label.
    public var image: Figure { get throws { Figure(value: try property("image")) } }
}

extension Dataset {
    /// The example at `index` (0-based): its label, pixels and image.
    public subscript(index: Int) -> Example {
        get throws { Example(value: try Library.call(.subscript, "Dataset", "subscript", receiver: value, [(nil, .int(index))])) }
    }

    /// The examples for which `isIncluded` is true, in order (a data set sharing the pixels).
    public func filter(_ isIncluded: @escaping (Example) throws -> Bool) throws -> Dataset {
        let predicate = FunctionValue(name: "closure", type: .function([.named("Example")], .bool)) { arguments in
            guard let example = arguments.first else { throw FolioError("filter's closure takes one example") }
            return .bool(try isIncluded(Example(value: example)))
        }
        return Dataset(try Library.call(.method, "Dataset", "filter", receiver: value, [(nil, .function(predicate))]))
    }

    /// A grid of the images at `indices` (at most 400), in this order; `captions` (one per
    /// image) default to each image's label.
    public func grid(_ indices: [Int], captions: [String]? = nil) throws -> Figure {
        Figure(value: try Library.call(.method, "Dataset", "grid", receiver: value, [(nil, arg(indices)), ("captions", arg(captions))]))
    }
}
