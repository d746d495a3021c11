import FolioCore
import FolioData
import FolioLanguage

/// A data set living in a notebook's environment.
final class DatasetValue: HostObject {
    let dataset: Dataset
    init(_ dataset: Dataset) { self.dataset = dataset }

    var typeName: String { "Dataset" }
    var textDescription: String {
        "Dataset(\(grouped(dataset.count)) images of \(dataset.imageShape.map(String.init).joined(separator: "×")), \(dataset.classNames.count) classes)"
    }
    func display() -> [Output] { [.table(Figures.summaryTable(dataset))] }
}
