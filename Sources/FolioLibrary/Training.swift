import Foundation
import FolioCore
import FolioData
import FolioLanguage
import FolioML

/// The implementations of fit, evaluate and predict(image:), which bridge data sets, models and
/// the run's progress display.
enum Training {
    static func fit(_ call: Call) throws -> Value {
        let m = try call.receiver(as: ModelValue.self)
        let data = try call.dataset("data")
        try library { try data.requireLabels(for: "fit") }
        let x = try tensor(of: data)
        var options = FitOptions()
        options.epochs = call.optionalInt("epochs")
        options.batchSize = try call.int("batchSize")
        options.optimizer = try optimizer(try call.enumCase("optimizer"))
        options.validationSplit = try call.double("validationSplit")
        options.earlyStoppingPatience = call.optionalInt("earlyStopping")
        options.seed = call.seed()
        options.schedule = try TrainingOptionsVocabulary.schedule(try call.enumCase("schedule"))
        options.labelSmoothing = try call.double("labelSmoothing")
        if call.has("augment") {
            let augmentation = try call.object("augment", as: AugmentationValue.self).augmentation
            options.augment = try TrainingOptionsVocabulary.augment(augmentation, for: data)
        }
        if call.has("validation") {
            let validation = try call.dataset("validation")
            try library { try validation.requireLabels(for: "fit(validation:)") }
            guard validation.imageShape == data.imageShape else {
                throw RuntimeError("the validation images are \(validation.imageShape) but the training images are \(data.imageShape)",
                                   fix: "preprocess both sets the same way")
            }
            options.validation = (try tensor(of: validation), validation.labels)
        }
        let started = Date()
        let context = call.context
        // The epochs that finished, from the progress reports: if training diverges, `fit` throws
        // and returns no history, but the report still shows how the loss went up to there.
        var finished = History()
        let history = try library {
            do {
                return try fitReportingProgress()
            } catch MLError.nonFiniteLoss(let epoch, let batch, let learningRate) {
                if finished.epochs.isEmpty {
                    context.emit(.text("Training diverged in epoch \(epoch), batch \(batch), before any epoch finished."))
                } else {
                    context.emit(.text("Training diverged in epoch \(epoch), batch \(batch). The epochs before it:"))
                    let title = m.displayName + ", until it diverged"
                    for output in Figures.historyOutputs(finished, modelName: title) + [.table(Figures.historyTable(finished))] {
                        context.emit(output)
                    }
                }
                throw MLError.nonFiniteLoss(epoch: epoch, batch: batch, learningRate: learningRate)
            }
        }
        func fitReportingProgress() throws -> History {
            try m.model.fit(x: x, y: data.labels, options: options) { p in
                var detail = "loss \(fixed(p.loss)) accuracy \(fixed(p.accuracy))"
                if let record = p.finishedEpoch {
                    finished.epochs.append(record)
                    if let loss = record.validationLoss, let accuracy = record.validationAccuracy {
                        detail += " · validation loss \(fixed(loss)) accuracy \(fixed(accuracy))"
                    }
                } else if p.batch < p.batches {
                    let elapsed = Date().timeIntervalSince(started)
                    let done = Double(p.epoch - 1) + Double(p.batch) / Double(max(1, p.batches))
                    let eta = elapsed / done * (Double(max(1, p.epochs)) - done)
                    detail += " ETA \(Int(eta.rounded())) s"
                }
                // The model's name tells apart the epochs of several models fitted in one cell.
                context.progress(RunContext.Progress(label: "\(m.displayName) epoch \(p.epoch)/\(p.epochs)", fraction: Double(p.batch) / Double(max(1, p.batches)),
                                                     detail: detail, finished: p.finishedEpoch != nil))
            }
        }
        m.inputShape = data.imageShape
        m.classNames = data.classNames
        m.trainingPixelMaximum = data.pixelMaximum
        return .object(HistoryValue(history, modelName: m.displayName))
    }

    static func optimizer(_ e: EnumValue) throws -> Optimizer {
        func number(_ key: String, _ fallback: Double) -> Double {
            switch e.arguments[key] {
            case .double(let v)?: return v
            case .int(let v)?: return Double(v)
            default: return fallback
            }
        }
        switch e.caseName {
        case "sgd":
            let nesterov: Bool
            if case .bool(let value)? = e.arguments["nesterov"] { nesterov = value } else { nesterov = OptimizerDefaults.nesterov }
            return .sgd(lr: number("lr", OptimizerDefaults.sgdLearningRate), momentum: number("momentum", OptimizerDefaults.momentum), nesterov: nesterov)
        case "adam": return .adam(lr: number("lr", OptimizerDefaults.adamLearningRate))
        case "adamW": return .adamW(lr: number("lr", OptimizerDefaults.adamLearningRate), weightDecay: number("weightDecay", OptimizerDefaults.weightDecay))
        case "rmsprop": return .rmsprop(lr: number("lr", OptimizerDefaults.rmspropLearningRate))
        default: throw RuntimeError("unknown optimizer .\(e.caseName)", fix: "use .adam(lr: 0.001), .adamW(lr: 0.001, weightDecay: 0.004), .rmsprop(lr: 0.001) or .sgd(lr: 0.01, momentum: 0.9)")
        }
    }

    static func evaluate(_ call: Call) throws -> Value {
        let m = try call.receiver(as: ModelValue.self)
        let data = try call.dataset("data")
        try library { try data.requireLabels(for: "evaluate") }
        let x = try tensor(of: data)
        let probabilities = try library { try m.model.predictProbabilities(x) }
        let classes = probabilities.shape.count == 2 ? probabilities.shape[1] : 0
        guard classes > 0 else { throw RuntimeError("the model gave no class probabilities") }
        if let bad = data.labels.first(where: { $0 >= classes }) {
            throw RuntimeError("the data has label \(bad) but the model knows only \(classes) classes",
                               fix: "evaluate on data with the classes the model was trained on")
        }
        var rows: [[Double]] = []
        rows.reserveCapacity(data.count)
        var predictions: [Int] = []
        var loss = 0.0
        probabilities.storage.withUnsafeBufferPointer { p in
            for i in 0..<data.count {
                let row = (0..<classes).map { Double(p[i * classes + $0]) }
                var best = 0
                for c in 1..<classes where row[c] > row[best] { best = c }
                predictions.append(best)
                loss -= log(max(row[data.labels[i]], 1e-7))
                rows.append(row)
            }
        }
        loss /= Double(max(1, data.count))
        let names = classes == data.classNames.count ? data.classNames : (m.classNames?.count == classes ? m.classNames ?? [] : (0..<classes).map(String.init))
        let metrics = try library { try ClassificationMetrics(labels: data.labels, predictions: predictions, classNames: names) }
        return .object(EvaluationValue(metrics: metrics, loss: loss, dataset: data, modelName: m.displayName))
    }

    /// `prepared`: the image already is a 28×28 model input (white ink on black), used as it is
    /// instead of getting the MNIST-style preparation (`folio predict --prepared`).
    static func predictImage(_ call: Call, prepared: Bool = false) throws -> Value {
        let m = try call.receiver(as: ModelValue.self)
        let url = try call.path("image")
        call.context.recordRead(url)
        let image = try library { try ImageFile.load(url.path) }
        let side = DigitPreprocessor.side
        if prepared, image.width != side || image.height != side {
            throw RuntimeError("\(try call.string("image")) is \(image.width)×\(image.height), but a prepared image is 28×28",
                               fix: "leave out --prepared to have it prepared MNIST-style")
        }
        var pixels = prepared ? image.pixels : DigitPreprocessor.mnistStyle(image)
        // Match the scale of the training data: raw 0…255 pixels if the model never saw normalised ones.
        if m.trainingPixelMaximum > 1 { pixels = pixels.map { $0 * m.trainingPixelMaximum } }
        var shape = m.inputShape ?? [side, side, 1]
        if shape.reduce(1, *) != side * side {
            throw RuntimeError("the model takes inputs of shape \(shape), but a preprocessed image is 28×28",
                               fix: "predict(image:) needs a model trained on 28×28 images")
        }
        if shape.count == 2 { shape.append(1) }
        let x = try library { try Tensor(shape: [1] + shape, storage: pixels) }
        let probabilities = try library { try m.model.predictProbabilities(x) }.storage.map { Double($0) }
        var best = 0
        for c in probabilities.indices where probabilities[c] > probabilities[best] { best = c }
        let names = m.classNames ?? probabilities.indices.map(String.init)
        let display = m.trainingPixelMaximum > 1 ? pixels.map { $0 / m.trainingPixelMaximum } : pixels
        return .object(PredictionValue(label: best, classNames: names, probabilities: probabilities, preprocessed: display,
                                       imageShape: [side, side, 1], path: try call.string("image")))
    }
}
