import Foundation
import FolioCore
import FolioData
import FolioLanguage
import FolioML

/// `model.playground()`: the model runs inside the HTML report, on a digit the reader draws or
/// on test images the report shows. This file turns a trained model into the panel's data; the
/// page itself (drawing, preparation, forward pass) is FolioReport's PlaygroundRenderer.
enum PlaygroundVocabulary {
    static var vocabulary: Vocabulary {
        var v = Vocabulary()
        v.add(declarations)
        return v
    }

    static var declarations: [Declaration] {
        [
            Declaration(.method, owner: "Model", "playground",
                        [Param(nil, name: "evaluation", .evaluation, default: Param.DefaultValue.none,
                               doc: "an evaluation of this model: its misclassified test images (the ones `misclassified(n)` shows) become a second panel to pick from"),
                         Param("images", .int, default: .int(12), doc: "how many of those test images to offer")],
                        returns: .figure, topic: "Models",
                        doc: "In the HTML report, a panel that runs the model in the page: draw a digit (mouse, pen or finger) and see the 28×28 image it sees after MNIST-style preparation, every class's probability and the predicted label; pick a test image and see it predicted. Offline, in the one file; the Markdown and ipynb reports show a picture instead.",
                        example: "model.playground(evaluation)") { call in
                try panel(call)
            },
        ]
    }

    static func panel(_ call: Call) throws -> Value {
        let m = try call.receiver(as: ModelValue.self)
        guard let classes = m.model.classCount else {
            throw RuntimeError("\(m.displayName) has not been trained yet", fix: "call model.fit(train) before model.playground()")
        }
        let side = DigitPreprocessor.side
        let inputShape = m.inputShape ?? (m.model as? Sequential)?.inputShape ?? [side, side, 1]
        guard inputShape.reduce(1, *) == side * side else {
            throw RuntimeError("the model takes inputs of shape \(inputShape), but a drawn digit is prepared to 28×28",
                               fix: "model.playground() needs a model trained on 28×28 images")
        }
        let names = m.classNames.map { Array($0.prefix(classes)) }.flatMap { $0.count == classes ? $0 : nil }
            ?? (0..<classes).map(String.init)

        var examples: (images: [[Float]], labels: [Int], shape: [Int], maximum: Float, captions: [String])?
        if call.has("evaluation") {
            let evaluation = try call.object("evaluation", as: EvaluationValue.self)
            guard let data = evaluation.dataset else {
                throw RuntimeError("this evaluation has no images", fix: "use model.evaluate(data) to keep the images")
            }
            guard data.imageShape.reduce(1, *) == side * side else {
                throw RuntimeError("the evaluation's images are \(data.imageShape), but the model takes 28×28 images")
            }
            let limit = max(0, try call.int("images"))
            let metrics = evaluation.metrics
            // The misclassified ones first, in the order `misclassified(n)` shows them; then, when
            // there are fewer, correctly classified ones.
            var indices = metrics.misclassifiedIndices(limit: limit)
            if indices.count < limit {
                indices += metrics.labels.indices.filter { metrics.labels[$0] == metrics.predictions[$0] }.prefix(limit - indices.count)
            }
            func name(_ c: Int) -> String { metrics.classNames.indices.contains(c) ? metrics.classNames[c] : String(c) }
            let images = try indices.map { index in try library { try data.image(at: index) } }
            examples = (images, indices.map { metrics.labels[$0] }, data.imageShape, data.pixelMaximum,
                        indices.map { "true \(name(metrics.labels[$0]))\npred \(name(metrics.predictions[$0]))" })
        }

        let title = "Draw a digit — \(m.displayName)"
        let fallback = examples.map { e in
            Figures.imageGrid(title: "Test images the playground offers",
                              images: zip(e.images, e.captions).map { (pixels: $0, caption: $1, highlight: true) },
                              shape: e.shape, maximum: e.maximum)
        }
        let fallbackFigure: Figure? = {
            if case .images(let figure)? = fallback { return figure }
            return nil
        }()
        do {
            var program = try PlaygroundProgram(model: m.model, inputShape: inputShape, classNames: names,
                                                pixelScale: m.trainingPixelMaximum)
            if let e = examples {
                program.examples = PlaygroundProgram.examples(e.images, labels: e.labels, shape: e.shape, maximum: e.maximum)
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            guard let json = String(data: try encoder.encode(program), encoding: .utf8) else {
                throw RuntimeError("the playground's program could not be written as JSON")
            }
            return .rendered([.playground(PlaygroundPanel(title: title, program: json, unsupported: nil,
                                                          weightBytes: program.weights.utf8.count, fallback: fallbackFigure))])
        } catch let unsupported as PlaygroundProgram.Unsupported {
            return .rendered([.playground(PlaygroundPanel(title: title, program: "", unsupported: unsupported.reason,
                                                          weightBytes: 0, fallback: fallbackFigure))])
        }
    }
}
