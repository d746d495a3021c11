import FolioCore
import FolioLanguage

/// The prediction for one new image: the label, every class's probability, and the image as the
/// model saw it after MNIST-style preprocessing.
final class PredictionValue: HostObject {
    let label: Int
    let classNames: [String]
    let probabilities: [Double]
    let preprocessed: [Float]
    let imageShape: [Int]
    let path: String

    init(label: Int, classNames: [String], probabilities: [Double], preprocessed: [Float], imageShape: [Int], path: String) {
        self.label = label
        self.classNames = classNames
        self.probabilities = probabilities
        self.preprocessed = preprocessed
        self.imageShape = imageShape
        self.path = path
    }

    var typeName: String { "Prediction" }
    var className: String { label < classNames.count ? classNames[label] : String(label) }
    var confidence: Double { label < probabilities.count ? probabilities[label] : 0 }
    var textDescription: String { "\(path): \(className) (\(fixed(confidence * 100, 1)) %)" }
    func display() -> [Output] { Figures.predictionOutputs(self) }
}
