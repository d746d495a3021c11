import Foundation
import FolioCore
import FolioData
import FolioLanguage
import FolioML

/// The model vocabulary (docs/architecture.md, "How to add a layer"; docs/language.md): classic models, `Sequential` with its layers,
/// and what every model can do: summary, fit, evaluate, predict.
enum ModelVocabulary {
    static var vocabulary: Vocabulary {
        var v = Vocabulary()
        v.add(type: TypeDeclaration("Model", topic: "Models", doc: "A classifier: LogisticRegression, LinearSVM, KNN or a Sequential network."))
        v.add(type: TypeDeclaration("Layer", topic: "Models", doc: "One layer of a Sequential network."))
        v.add(type: TypeDeclaration("Branch", topic: "Models", doc: "One path of a Concatenate block: its layers, applied in order."))
        v.add(type: TypeDeclaration("History", topic: "Models", doc: "Loss and accuracy per epoch of one fit."))
        v.add(type: TypeDeclaration("Prediction", topic: "Models", doc: "The predicted class of one image, with every class's probability."))
        v.add(enum: EnumDeclaration("Activation", cases: Activation.allCases.map { .init($0.rawValue) }, topic: "Models",
                                    doc: "The function a layer applies to its output."))
        v.add(enum: EnumDeclaration("Padding", cases: [.init("valid", doc: "no padding: the output shrinks by kernel − 1"),
                                                       .init("same", doc: "zero padding: the output keeps the input's size (stride 1)")],
                                    topic: "Models", doc: "How Conv2D treats the image border."))
        v.add(enum: EnumDeclaration("Optimizer", cases: [
            .init("sgd", [Param("lr", .double, default: .double(OptimizerDefaults.sgdLearningRate)),
                          Param("momentum", .double, default: .double(OptimizerDefaults.momentum)),
                          Param("nesterov", .bool, default: .bool(OptimizerDefaults.nesterov))], doc: "stochastic gradient descent, with (Nesterov) momentum"),
            .init("adam", [Param("lr", .double, default: .double(OptimizerDefaults.adamLearningRate))], doc: "Adam (β1 0.9, β2 0.999)"),
            .init("adamW", [Param("lr", .double, default: .double(OptimizerDefaults.adamLearningRate)),
                           Param("weightDecay", .double, default: .double(OptimizerDefaults.weightDecay))],
                  doc: "Adam with decoupled weight decay, as Keras's AdamW"),
            .init("rmsprop", [Param("lr", .double, default: .double(OptimizerDefaults.rmspropLearningRate))], doc: "RMSprop (ρ 0.9)"),
        ], topic: "Models", doc: "How fit updates the weights (Keras's update rules)."))
        TrainingOptionsVocabulary.add(to: &v)
        v.add(models)
        v.add(layers)
        v.add(modelMembers)
        v.add(historyMembers)
        v.add(ModelFiles.declarations)
        return v
    }

    static var models: [Declaration] {
        [
            Declaration(.function, "LogisticRegression", [Param("l2", .double, default: .double(1e-4), doc: "L2 penalty")], returns: .model, topic: "Models",
                        doc: "Multinomial logistic regression (softmax over a linear map of the pixels).",
                        example: "let lr = LogisticRegression(l2: 0.0001)") { call in
                .object(ModelValue(try library { try LogisticRegression(l2: try call.double("l2")) }))
            },
            Declaration(.function, "LinearSVM", [Param("c", .double, default: .double(1), doc: "inverse regularisation strength, as in scikit-learn")],
                        returns: .model, topic: "Models", doc: "A multiclass linear support vector machine (hinge loss).",
                        example: "let svm = LinearSVM(c: 1.0)") { call in
                .object(ModelValue(try library { try LinearSVM(c: try call.double("c")) }))
            },
            Declaration(.function, "KNN", [Param("k", .int, default: .int(5), doc: "neighbours that vote")], returns: .model, topic: "Models",
                        doc: "k-nearest neighbours (Euclidean distances through BLAS).", example: "let knn = KNN(k: 3)") { call in
                .object(ModelValue(try library { try KNN(k: try call.int("k")) }))
            },
            Declaration(.function, "Sequential", [Param("input", .array(.int), default: Param.DefaultValue.none, doc: "the shape of one input, e.g. [28, 28, 1]; taken from the data at fit when left out"),
                                                  Param("name", .string, default: Param.DefaultValue.none, doc: "what reports and `compare` call the model, e.g. \"CNN\"; \"Sequential\" when left out")],
                        builder: .layer, returns: .model, topic: "Models",
                        doc: "A neural network: the layers in the braces, applied in order.",
                        example: "let model = Sequential {\n    Flatten()\n    Dense(128, activation: .relu)\n    Dense(10, activation: .softmax)\n}") { call in
                let layers = try call.builderItems.map { item -> Layer in
                    guard case .object(let o) = item, let layer = o as? LayerValue else {
                        throw RuntimeError("only layers can go inside Sequential { … }, got \(item.type)",
                                           fix: "write one layer per line, e.g. Dense(10, activation: .softmax)")
                    }
                    return layer.layer
                }
                if layers.isEmpty { throw RuntimeError("Sequential needs at least one layer", fix: "add layers inside the braces, one per line") }
                let model = try library { try Sequential(layers) }
                let input = call.has("input") ? try call.intArray("input") : nil
                if let input { try library { try model.build(inputShape: input.count == 2 ? input + [1] : input) } }
                let value = ModelValue(model, inputShape: input.map { $0.count == 2 ? $0 + [1] : $0 })
                value.name = call.has("name") ? try call.string("name") : nil
                return .object(value)
            },
        ]
    }

    private static func activation(_ call: Call) throws -> Activation {
        let name = (try? call.enumCase("activation"))?.caseName ?? "linear"
        guard let a = Activation(rawValue: name) else { throw RuntimeError("unknown activation .\(name)") }
        return a
    }

    private static func layer(_ make: () throws -> Layer) throws -> Value { .object(LayerValue(try library(make))) }

    static var layers: [Declaration] {
        let activationParam = Param("activation", .named("Activation"), default: .enumCase("linear"))
        return [
            Declaration(.function, "Dense", [Param(nil, name: "units", .int), activationParam], returns: .layer, topic: "Layers",
                        doc: "A fully connected layer.", example: "Dense(128, activation: .relu)") { call in
                try layer { try Dense(try call.int("units"), activation: try activation(call)) }
            },
            Declaration(.function, "Conv2D",
                        [Param(nil, name: "filters", .int), Param("kernel", .int, default: .int(3)), Param("stride", .int, default: .int(1)),
                         Param("padding", .named("Padding"), default: .enumCase("valid")), activationParam,
                         Param("useBias", .bool, default: .bool(true), doc: "false leaves out the bias (before a BatchNorm, whose beta does its job)")],
                        returns: .layer, topic: "Layers", doc: "A 2-D convolution over the image (input H×W×C).",
                        example: "Conv2D(32, kernel: 3, activation: .relu)") { call in
                let padding: Padding = (try? call.enumCase("padding"))?.caseName == "same" ? .same : .valid
                return try layer { try Conv2D(try call.int("filters"), kernel: try call.int("kernel"), stride: try call.int("stride"),
                                              padding: padding, activation: try activation(call), useBias: try call.bool("useBias")) }
            },
            Declaration(.function, "MaxPool2D", [Param(nil, name: "size", .int, default: .int(2))], returns: .layer, topic: "Layers",
                        doc: "Keeps the largest value of each size×size window.", example: "MaxPool2D(2)") { call in
                try layer { try MaxPool2D(try call.int("size")) }
            },
            Declaration(.function, "AvgPool2D", [Param(nil, name: "size", .int, default: .int(2))], returns: .layer, topic: "Layers",
                        doc: "Averages each size×size window.") { call in
                try layer { try AvgPool2D(try call.int("size")) }
            },
            Declaration(.function, "Flatten", returns: .layer, topic: "Layers", doc: "Turns each image into one row of values.") { _ in
                try layer { Flatten() }
            },
            Declaration(.function, "Dropout", [Param(nil, name: "rate", .double)], returns: .layer, topic: "Layers",
                        doc: "During training, zeroes this fraction of values at random.", example: "Dropout(0.5)") { call in
                try layer { try Dropout(try call.double("rate")) }
            },
            Declaration(.function, "BatchNorm",
                        [Param("momentum", .double, default: .double(0.99),
                               doc: "how much of the running statistics each batch keeps (Keras's default; 0.9 follows a fast-changing network sooner)")],
                        returns: .layer, topic: "Layers",
                        doc: "Normalises each feature (each channel of an image) over the batch (running statistics at inference).") { call in
                try layer { try BatchNorm(momentum: try call.double("momentum")) }
            },
        ] + BlockVocabulary.layers
    }

    static var modelMembers: [Declaration] {
        [
            Declaration(.method, owner: "Model", "summary", returns: .table, topic: "Models",
                        doc: "Layers, output shapes and parameter counts, as Keras prints them.") { call in
                let m = try call.receiver(as: ModelValue.self)
                return .table(try Figures.summaryTable(m))
            },
            Declaration(.method, owner: "Model", "fit",
                        [Param(nil, name: "data", .dataset),
                         Param("epochs", .int, default: Param.DefaultValue.none, doc: "passes over the data (Sequential: 10 when left out)"),
                         Param("batchSize", .int, default: .int(32)),
                         Param("optimizer", .named("Optimizer"), default: .enumCase("adam")),
                         Param("validationSplit", .double, default: .double(0), doc: "fraction held out from the end of the data to validate on"),
                         Param("validation", .dataset, default: Param.DefaultValue.none, doc: "a separate validation set"),
                         Param("earlyStopping", .int, default: Param.DefaultValue.none, doc: "patience: stop after this many epochs without improvement of the validation loss (the training loss without validation data); the model keeps its best epoch's weights"),
                         Param("seed", .int, default: .int(0)),
                         Param("schedule", .named("Schedule"), default: .enumCase("constant"), doc: "how the learning rate changes (Sequential)"),
                         Param("labelSmoothing", .double, default: .double(0), doc: "ε: the targets become (1 − ε)·onehot + ε / classes (Sequential)"),
                         Param("augment", .named("Augmentation"), default: Param.DefaultValue.none, doc: "random warps drawn afresh for every batch (Sequential, images)")],
                        returns: .history, topic: "Models", doc: "Trains the model and returns its history.",
                        example: "let history = model.fit(train, epochs: 3, batchSize: 128, optimizer: .adam(lr: 0.001), validationSplit: 0.1, seed: 42)") { call in
                try Training.fit(call)
            },
            Declaration(.method, owner: "Model", "evaluate", [Param(nil, name: "data", .dataset)], returns: .evaluation, topic: "Evaluation",
                        doc: "Accuracy, loss and per-class metrics of the model on labelled data.",
                        example: "let evaluation = model.evaluate(test)") { call in
                try Training.evaluate(call)
            },
            Declaration(.method, owner: "Model", "predict", [Param(nil, name: "data", .dataset)], returns: .array(.int), topic: "Models",
                        doc: "The predicted class of every image.") { call in
                let m = try call.receiver(as: ModelValue.self)
                let x = try tensor(of: try call.dataset("data"))
                return .array(try library { try m.model.predict(x) }.map(Value.int))
            },
            Declaration(.method, owner: "Model", "predict", [Param("image", .string, doc: "a PNG or PGM file")], returns: .prediction, topic: "Models",
                        doc: "Predicts a new image after MNIST-style preprocessing (greyscale, inverted if light, cropped, centred in 28×28).",
                        example: "model.predict(image: \"data/my-digit.png\")") { call in
                try Training.predictImage(call)
            },
        ]
    }

    static var historyMembers: [Declaration] {
        [
            Declaration(.method, owner: "History", "plot", returns: .figure, topic: "Models", doc: "Loss and accuracy per epoch, training and validation.") { call in
                let h = try call.receiver(as: HistoryValue.self)
                return .rendered(Figures.historyOutputs(h.history, modelName: h.modelName))
            },
            Declaration(.method, owner: "History", "table", returns: .table, topic: "Models", doc: "Loss, accuracy and time of every epoch.") { call in
                .table(Figures.historyTable(try call.receiver(as: HistoryValue.self).history))
            },
            Declaration(.property, owner: "History", "loss", returns: .array(.double), topic: "Models", doc: "Training loss per epoch.") { call in
                .array(try call.receiver(as: HistoryValue.self).history.losses.map(Value.double))
            },
            Declaration(.property, owner: "History", "accuracy", returns: .array(.double), topic: "Models", doc: "Training accuracy per epoch.") { call in
                .array(try call.receiver(as: HistoryValue.self).history.accuracies.map(Value.double))
            },
            Declaration(.property, owner: "History", "learningRate", returns: .array(.double), topic: "Models",
                        doc: "The learning rate at the end of each epoch, when fit had a schedule (empty without one).") { call in
                .array(try call.receiver(as: HistoryValue.self).history.epochs.compactMap(\.learningRate).map(Value.double))
            },
            Declaration(.property, owner: "History", "validationAccuracy", returns: .array(.double), topic: "Models", doc: "Validation accuracy per epoch (empty without validation data).") { call in
                .array(try call.receiver(as: HistoryValue.self).history.validationAccuracies.map(Value.double))
            },
            Declaration(.property, owner: "History", "keptValidationAccuracy", returns: .double, topic: "Models",
                        doc: "The validation accuracy of the weights the model kept: with `earlyStopping`, the best epoch's; otherwise the last epoch's (nan without validation data).") { call in
                let history = try call.receiver(as: HistoryValue.self).history
                let kept = history.bestEpoch.flatMap { best in history.epochs.first { $0.epoch == best } } ?? history.epochs.last
                return .double(kept?.validationAccuracy ?? .nan)
            },
        ]
    }
}
