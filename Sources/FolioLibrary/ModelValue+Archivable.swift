import Foundation
import FolioCore
import FolioML

extension ModelValue: Archivable {
    static let archiveTag = "model"

    func archive(into archive: inout ArchiveWriter) throws {
        archive.binary.optional(inputShape) { $0.ints($1) }
        archive.binary.optional(classNames) { $0.strings($1) }
        archive.binary.double(Double(trainingPixelMaximum))
        archive.binary.optional(name) { $0.string($1) }
        // A model with weights goes through the model-file format (checked on the way back); one
        // not yet fitted or built is only its description.
        if (try? model.stateDict()) == nil {
            archive.binary.bool(false)
            archive.binary.bytes(try JSONEncoder().encode(model.modelDescription))
        } else {
            // A model with weights that cannot be encoded (non-finite after a divergence) throws,
            // so its cell is not cached rather than coming back unfitted.
            archive.binary.bool(true)
            archive.binary.bytes(try ModelFile.encode(model, classNames: classNamesForFile, inputShape: inputShape))
        }
    }

    static func unarchive(from archive: inout ArchiveReader) throws -> ModelValue {
        let inputShape = try archive.binary.optional { try $0.ints() }
        let classNames = try archive.binary.optional { try $0.strings() }
        let pixelMaximum = Float(try archive.binary.double())
        let name = try archive.binary.optional { try $0.string() }
        let model: Classifier
        if try archive.binary.bool() {
            model = try ModelFile.decode(archive.binary.bytes()).model
        } else {
            let description = try JSONDecoder().decode(ModelDescription.self, from: archive.binary.bytes())
            model = try description.makeUnfittedModel()
        }
        let value = ModelValue(model, inputShape: inputShape)
        value.classNames = classNames
        value.trainingPixelMaximum = pixelMaximum
        value.name = name
        return value
    }
}

extension ModelDescription {
    /// A model as its constructor made it, before any fit: linear models and KNN of a description
    /// with no data yet have zero features, which `makeModel` would refuse.
    func makeUnfittedModel() throws -> Classifier {
        switch self {
        case .sequential: return try makeModel()
        case .logisticRegression(let l2, _, _): return try LogisticRegression(l2: l2)
        case .linearSVM(let c, _, _): return try LinearSVM(c: c)
        case .knn(let k, _, _, _): return try KNN(k: k)
        }
    }
}
