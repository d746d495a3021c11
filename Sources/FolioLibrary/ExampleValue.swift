import FolioCore
import FolioData
import FolioLanguage

/// One image of a data set with its label (`test[0]`): what `dataset[i]` gives and what the
/// closure of `dataset.filter { … }` receives.
final class ExampleValue: HostObject {
    let dataset: Dataset
    let index: Int

    /// `index` must be a valid position in `dataset` (`dataset.image(at:)` checks it).
    init(_ dataset: Dataset, index: Int) throws {
        guard (0..<dataset.count).contains(index) else {
            throw RuntimeError("index \(index) is out of range: the data set has \(dataset.count) images (0..<\(dataset.count))")
        }
        self.dataset = dataset
        self.index = index
    }

    var typeName: String { "Example" }

    /// The true label; an unlabelled data set has none to give.
    func label() throws -> Int {
        try library { try dataset.requireLabels(for: "an example's label") }
        return dataset.labels[index]
    }

    var className: String? {
        guard dataset.isLabelled else { return nil }
        let label = dataset.labels[index]
        return dataset.classNames[safe: label] ?? String(label)
    }

    /// The pixels as stored (0...255 for raw data, 0...1 after `normalized()`), row by row.
    func pixels() throws -> [Float] { try library { try dataset.image(at: index) } }

    var caption: String { className.map { "#\(index): \($0)" } ?? "#\(index)" }

    var textDescription: String {
        let shape = dataset.imageShape.map(String.init).joined(separator: "×")
        return "Example(#\(index), " + (className.map { "label \($0), " } ?? "no label, ") + shape + ")"
    }

    func display() -> [Output] { (try? [picture()]) ?? [.text(textDescription)] }

    /// The image, enlarged, captioned with its position and label.
    func picture() throws -> Output {
        Figures.imageGrid(title: "Example \(caption)", images: [(pixels: try pixels(), caption: caption, highlight: false)],
                          shape: dataset.imageShape, maximum: dataset.pixelMaximum, pixelSize: 4)
    }
}
