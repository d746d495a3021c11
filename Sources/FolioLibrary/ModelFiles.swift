import Foundation
import FolioCore
import FolioLanguage
import FolioML

/// `model.save(path)` and `Model.load(path)`: safetensors files with the architecture, class
/// names and input shape in their metadata, readable by Python's `safetensors`.
enum ModelFiles {
    static var declarations: [Declaration] {
        [
            Declaration(.method, owner: "Model", "save", [Param(nil, name: "path", .string, doc: "where to write, e.g. models/cnn.safetensors")],
                        returns: .void, topic: "Models",
                        doc: "Saves a fitted model as a .safetensors file (written atomically), for Model.load and `folio predict`.",
                        example: "model.save(\"models/cnn.safetensors\")") { call in
                let m = try call.receiver(as: ModelValue.self)
                let url = try call.path("path")
                try save(m, to: url)
                call.context.recordWrite(url)
                return .void
            },
            Declaration(.staticFunction, owner: "Model", "load", [Param(nil, name: "path", .string)], returns: .model, topic: "Models",
                        doc: "Loads a model saved with save(path), ready to evaluate and predict.",
                        example: "let model = Model.load(\"models/cnn.safetensors\")") { call in
                let url = try call.path("path")
                call.context.recordRead(url)
                return .object(try load(url, shownPath: try call.string("path")))
            },
        ]
    }

    static func save(_ m: ModelValue, to url: URL) throws {
        var extra = ["training_pixel_maximum": String(m.trainingPixelMaximum)]
        if let name = m.name { extra["model_name"] = name }
        try library {
            try ModelFile.save(m.model, classNames: m.classNamesForFile, inputShape: m.inputShape, extra: extra,
                               folioVersion: FolioVersion.current, to: url)
        }
    }

    static func load(_ url: URL, shownPath: String? = nil) throws -> ModelValue {
        let shownPath = shownPath ?? url.path
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw RuntimeError("no model file at \(url.path)", fix: "save one first with model.save(\"\(shownPath)\")")
        }
        let loaded = try library { try ModelFile.load(from: url) }
        let value = ModelValue(loaded.model, inputShape: loaded.inputShape)
        value.classNames = loaded.classNames
        value.name = loaded.metadata["model_name"]
        if let scale = loaded.metadata["training_pixel_maximum"].flatMap(Float.init), scale > 0, scale.isFinite {
            value.trainingPixelMaximum = scale
        }
        return value
    }
}

/// For the `folio predict` command: a saved model's prediction for image files.
public enum ImagePrediction {
    public struct Result {
        public var path: String
        public var label: String
        public var confidence: Double
        /// Every class's probability, in class order.
        public var probabilities: [Double] = []
        /// The 28×28 image the model saw (0…1, ink high), row-major.
        public var prepared: [Float] = []
    }

    /// `prepared`: the images are already 28×28 model inputs; they skip the MNIST-style preparation.
    public static func predict(model path: String, images: [String], root: URL, prepared: Bool = false) throws -> [Result] {
        let context = RunContext(rootDirectory: root)
        let model = try ModelFiles.load(context.resolve(path))
        return try images.map { image in
            let call = Call(receiver: .object(model), arguments: ["image": .string(image)], context: context, location: nil)
            guard case .object(let o) = try Training.predictImage(call, prepared: prepared), let p = o as? PredictionValue else {
                throw RuntimeError("no prediction for \(image)")
            }
            return Result(path: image, label: p.className, confidence: p.confidence, probabilities: p.probabilities,
                          prepared: p.preprocessed)
        }
    }
}
