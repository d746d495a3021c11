import FolioLanguage

/// A classifier, made by `LogisticRegression`, `LinearSVM`, `KNN` or `Sequential { … }`. A model is
/// a reference: `fit` changes it in place, as in a notebook. Arguments left nil take the notebook
/// language's defaults (`folio help Model.fit` lists them).
public final class Model: Showable, CustomStringConvertible {
    let value: Value
    init(value: Value) { self.value = value }

    /// What the report shows for a model: its name.
    public var shown: ShownValue { ShownValue(value: value) }
    /// The model's name, as `print(model)` writes it in a notebook.
    public var description: String { value.description }

    private func call(_ name: String, _ arguments: [(label: String?, value: Value?)] = []) throws -> Value {
        try Library.call(.method, "Model", name, receiver: value, arguments)
    }

    /// Loads a model saved with `save(_:)`.
    public static func load(_ path: String) throws -> Model {
        Model(value: try Library.call(.staticFunction, "Model", "load", [(nil, .string(path))]))
    }

    /// Layers, output shapes and parameter counts, as Keras prints them.
    public func summary() throws -> Table { Table(value: try call("summary")) }

    /// Trains the model on labelled `data` and returns the loss and accuracy of every epoch.
    public func fit(_ data: Dataset, epochs: Int? = nil, batchSize: Int? = nil, optimizer: Optimizer? = nil,
                    validationSplit: Double? = nil, validation: Dataset? = nil, earlyStopping: Int? = nil, seed: Int? = nil,
                    schedule: Schedule? = nil, labelSmoothing: Double? = nil, augment: Augmentation? = nil) throws -> History {
        History(value: try call("fit", [(nil, data.value), ("epochs", arg(epochs)), ("batchSize", arg(batchSize)),
                                        ("optimizer", optimizer.map { $0.value }), ("validationSplit", arg(validationSplit)),
                                        ("validation", validation?.value), ("earlyStopping", arg(earlyStopping)),
                                        ("seed", arg(seed)), ("schedule", schedule?.value), ("labelSmoothing", arg(labelSmoothing)),
                                        ("augment", augment?.value)]))
    }

    /// In the HTML report, a panel that runs the model in the page: draw a digit and see it
    /// predicted; with an evaluation, its misclassified test images to pick from.
    public func playground(_ evaluation: Evaluation? = nil, images: Int? = nil) throws -> Figure {
        Figure(value: try call("playground", [(nil, evaluation?.value), ("images", arg(images))]))
    }

    /// Accuracy, loss and per-class metrics of the model on labelled `data`.
    public func evaluate(_ data: Dataset) throws -> Evaluation { Evaluation(value: try call("evaluate", [(nil, data.value)])) }

    /// The predicted class of every image of `data`.
    public func predict(_ data: Dataset) throws -> [Int] { try call("predict", [(nil, data.value)]).asInts() }

    /// Predicts an image file after MNIST-style preprocessing (greyscale, inverted if light,
    /// cropped, centred in 28×28).
    public func predict(image path: String) throws -> Prediction { Prediction(value: try call("predict", [("image", .string(path))])) }

    /// Every class's probability for every image of `data`.
    public func probabilities(_ data: Dataset) throws -> [[Double]] {
        try call("probabilities", [(nil, data.value)]).asArray().map { try $0.asDoubles() }
    }

    /// Saves a fitted model as a `.safetensors` file (written atomically), for `Model.load` and `folio predict`.
    public func save(_ path: String) throws { _ = try call("save", [(nil, .string(path))]) }
}

// The constructors are functions that return a `Model`, not subclasses: in a notebook every model
// has the one type Model, so `var best = lr` followed by `best = cnn` must compile here too.

/// A neural network: the layers in the braces, applied in order; `input` is the shape of one
/// input (taken from the data at `fit` when nil), `name` what reports and `compare` call it.
///
///     let model = try Sequential {
///         Conv2D(32, kernel: 3, activation: .relu)
///         MaxPool2D(2)
///         Flatten()
///         Dense(10, activation: .softmax)
///     }
public func Sequential(input: [Int]? = nil, name: String? = nil, @LayerBuilder _ layers: () -> [any Layer]) throws -> Model {
    let built = try layers().map { try $0.layerCall.make() }
    return Model(value: try Library.call(.function, nil, "Sequential", [("input", arg(input)), ("name", arg(name))], builder: built))
}

/// Multinomial logistic regression (softmax over a linear map of the pixels), with L2 penalty `l2`.
public func LogisticRegression(l2: Double? = nil) throws -> Model {
    Model(value: try Library.call(.function, nil, "LogisticRegression", [("l2", arg(l2))]))
}

/// A multiclass linear support vector machine (hinge loss) with inverse regularisation strength
/// `c`, as in scikit-learn.
public func LinearSVM(c: Double? = nil) throws -> Model {
    Model(value: try Library.call(.function, nil, "LinearSVM", [("c", arg(c))]))
}

/// k-nearest neighbours (Euclidean distances through BLAS), where `k` neighbours vote.
public func KNN(k: Int? = nil) throws -> Model {
    Model(value: try Library.call(.function, nil, "KNN", [("k", arg(k))]))
}

/// How `fit` updates the weights. Arguments left nil take the notebook language's defaults.
public enum Optimizer {
    /// Stochastic gradient descent, with (Nesterov) momentum.
    case sgd(lr: Double? = nil, momentum: Double? = nil, nesterov: Bool? = nil)
    /// Adam (β1 0.9, β2 0.999).
    case adam(lr: Double? = nil)
    /// Adam with decoupled weight decay.
    case adamW(lr: Double? = nil, weightDecay: Double? = nil)
    /// RMSprop (ρ 0.9).
    case rmsprop(lr: Double? = nil)

    var value: Value {
        switch self {
        case .sgd(let lr, let momentum, let nesterov):
            return Library.enumCase("Optimizer", "sgd", ["lr": lr.map(Value.double), "momentum": momentum.map(Value.double),
                                                         "nesterov": nesterov.map(Value.bool)])
        case .adam(let lr): return Library.enumCase("Optimizer", "adam", ["lr": lr.map(Value.double)])
        case .adamW(let lr, let weightDecay):
            return Library.enumCase("Optimizer", "adamW", ["lr": lr.map(Value.double), "weightDecay": weightDecay.map(Value.double)])
        case .rmsprop(let lr): return Library.enumCase("Optimizer", "rmsprop", ["lr": lr.map(Value.double)])
        }
    }
}

/// How `fit` changes the learning rate, step by step. Arguments left nil take the notebook
/// language's defaults.
public enum Schedule {
    /// The optimizer's rate throughout.
    case constant
    /// Linear warm-up, then a cosine decay to 0.
    case cosine(warmupEpochs: Int? = nil)
    /// The rate times `factor` after every `every` epochs.
    case step(every: Int, factor: Double? = nil)
    /// One cycle up to `maxLR` and down again.
    case oneCycle(maxLR: Double)

    var value: Value {
        switch self {
        case .constant: return Library.enumCase("Schedule", "constant", [:])
        case .cosine(let warmup): return Library.enumCase("Schedule", "cosine", ["warmupEpochs": warmup.map(Value.int)])
        case .step(let every, let factor):
            return Library.enumCase("Schedule", "step", ["every": .int(every), "factor": factor.map(Value.double)])
        case .oneCycle(let maxLR): return Library.enumCase("Schedule", "oneCycle", ["maxLR": .double(maxLR)])
        }
    }
}

/// Random shifts, rotations, zooms and flips that `fit(augment:)` draws afresh for every batch.
public struct Augmentation: Showable, CustomStringConvertible {
    let value: Value
    /// What the report shows: its settings, as a notebook shows them.
    public var shown: ShownValue { ShownValue(value: value) }
    /// `Augmentation(shift: 2.0, rotate: 10.0, zoom: 0.1)`, as `print` writes it in a notebook.
    public var description: String { value.description }
    /// Largest shift in pixels, largest rotation in degrees, largest zoom (0.1: 90 %…110 %), and
    /// whether a random half is mirrored left to right.
    public init(shift: Double? = nil, rotate: Double? = nil, zoom: Double? = nil, flip: Bool? = nil) throws {
        value = try Library.call(.function, nil, "Augmentation", [("shift", arg(shift)), ("rotate", arg(rotate)), ("zoom", arg(zoom)),
                                                                  ("flip", arg(flip))])
    }
}

/// Loss and accuracy per epoch of one `fit`.
public struct History: Showable, CustomStringConvertible {
    let value: Value
    /// What the report shows for a history: its charts.
    public var shown: ShownValue { ShownValue(value: value) }
    /// One line, as `print(history)` writes it in a notebook.
    public var description: String { value.description }
    private func call(_ kind: Declaration.Kind, _ name: String) throws -> Value { try Library.call(kind, "History", name, receiver: value) }

    /// Loss and accuracy per epoch, training and validation.
    public func plot() throws -> Figure { Figure(value: try call(.method, "plot")) }
    /// Loss, accuracy and time of every epoch.
    public func table() throws -> Table { Table(value: try call(.method, "table")) }
    /// Training loss per epoch.
    public var loss: [Double] { get throws { try call(.property, "loss").asDoubles() } }
    /// Training accuracy per epoch.
    public var accuracy: [Double] { get throws { try call(.property, "accuracy").asDoubles() } }
    /// The validation accuracy of the weights the model kept: with `earlyStopping`, the best
    /// epoch's; otherwise the last epoch's (nan without validation data).
    public var keptValidationAccuracy: Double { get throws { try call(.property, "keptValidationAccuracy").asDouble() } }
    /// Validation accuracy per epoch (empty without validation data).
    public var validationAccuracy: [Double] { get throws { try call(.property, "validationAccuracy").asDoubles() } }
}

/// The predicted class of one image, with every class's probability.
public struct Prediction: Showable, CustomStringConvertible {
    let value: Value
    /// What the report shows: the prepared image and the probabilities.
    public var shown: ShownValue { ShownValue(value: value) }
    /// One line, as `print(prediction)` writes it in a notebook.
    public var description: String { value.description }
}
