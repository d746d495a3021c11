import Foundation

/// A stack of layers trained with mini-batch gradient descent on softmax cross-entropy.
/// The last layer's output is read as class probabilities when it ends in softmax, else as logits
/// (a softmax is applied for the loss and for `predictProbabilities`).
public final class Sequential: Classifier {
    public let layers: [Layer]
    public private(set) var inputShape: [Int]?
    /// Batch size used for inference (prediction and evaluation).
    public var inferenceBatchSize = 256

    public init(_ layers: [Layer]) throws {
        guard !layers.isEmpty else { throw MLError.invalidArgument("Sequential needs at least one layer") }
        self.layers = layers
        var seen: [String: Int] = [:]
        // Layers inside blocks are named with the others, as Keras's functional models name them.
        for layer in layers.flatMap(\.allLayers) {
            let count = seen[layer.kind, default: 0]
            layer.name = count == 0 ? layer.kind : "\(layer.kind)_\(count)"
            seen[layer.kind] = count + 1
        }
    }

    public convenience init(architecture: ModelArchitecture) throws {
        try self.init(architecture.layers.map { try $0.makeLayer() })
        if let shape = architecture.inputShape { try build(inputShape: shape) }
    }

    public var displayName: String { "Sequential" }

    public var classCount: Int? {
        guard inputShape != nil, let last = layers.last, last.outputShape.count == 1 else { return nil }
        return last.outputShape[0]
    }

    public var architecture: ModelArchitecture {
        ModelArchitecture(inputShape: inputShape, layers: layers.map(\.spec))
    }

    public var modelDescription: ModelDescription { .sequential(architecture) }

    private var outputIsProbabilities: Bool {
        switch layers.last?.spec {
        case .dense(_, let activation)?, .conv2D(_, _, _, _, let activation, _)?, .activation(let activation)?:
            return activation == .softmax
        default: return false
        }
    }

    /// Builds every layer for `inputShape` (per sample, e.g. [28, 28, 1]) and initialises the
    /// weights from `seed`. Throws a message naming the first layer that does not fit.
    public func build(inputShape: [Int], seed: UInt64 = 0) throws {
        guard !inputShape.isEmpty, inputShape.allSatisfy({ $0 > 0 }) else {
            throw MLError.shapeMismatch("Sequential needs a non-empty input shape with positive sizes, got \(formatShape(inputShape))")
        }
        var generator = SeededGenerator(seed: seed)
        var shape = inputShape
        var previous: String?
        for layer in layers {
            shape = try layer.build(inputShape: shape, previous: previous, generator: &generator)
            let elements = try checkedProduct(shape, layer: layer.name)
            try checkAllocation(elements * 128, what: "the output of a batch of 128", layer: layer.name)
            previous = layer.name
        }
        guard shape.count == 1, let classes = shape.first, classes >= 2 else {
            let last = layers.last?.name ?? "the last layer"
            throw MLError.shapeMismatch(
                "Sequential must end in a layer with one output per class (e.g. Dense(10, activation: .softmax)), but \(last) outputs \(formatShape(shape))")
        }
        for layer in layers.flatMap(\.allLayers) {
            if let dense = layer as? Dense { dense.softmaxFusedWithLoss = false }
            if let conv = layer as? Conv2D { conv.softmaxFusedWithLoss = false }
            if let activation = layer as? ActivationLayer { activation.softmaxFusedWithLoss = false }
        }
        if let dense = layers.last as? Dense { dense.softmaxFusedWithLoss = true }
        if let conv = layers.last as? Conv2D { conv.softmaxFusedWithLoss = true }
        if let activation = layers.last as? ActivationLayer { activation.softmaxFusedWithLoss = true }
        self.inputShape = inputShape
    }

    public func summary(inputShape: [Int]? = nil) throws -> ModelSummary {
        if let inputShape, inputShape != self.inputShape { try build(inputShape: inputShape) }
        guard let built = self.inputShape else {
            throw MLError.notFitted("the model does not know its input shape yet: fit it first, or ask for summary(inputShape: [28, 28, 1])")
        }
        let rows = SummaryGraph.rows(layers, inputShape: built)
        return ModelSummary(model: displayName, inputShape: built, rows: rows,
                            totalParameters: layers.reduce(0) { $0 + $1.parameterCount },
                            trainableParameters: layers.reduce(0) { $0 + $1.trainableParameterCount })
    }

    private var allParameters: [Parameter] { layers.flatMap(\.parameters) }

    // MARK: Forward and backward

    /// Class probabilities for a batch (inference mode), in batches of `inferenceBatchSize`.
    public func predictProbabilities(_ x: Tensor) throws -> Tensor {
        let shape = try checkInput(x)
        let count = x.batchCount
        guard let classes = classCount else { throw MLError.notFitted("Sequential is not built") }
        var result = [Float](repeating: 0, count: count * classes)
        var start = 0
        while start < count {
            let end = min(count, start + inferenceBatchSize)
            let batch = try x.samples(start..<end)
            let probabilities = try forwardProbabilities(batch, training: false)
            result.replaceSubrange((start * classes)..<(end * classes), with: probabilities.storage)
            start = end
        }
        _ = shape
        return Tensor(uncheckedShape: [count, classes], storage: result)
    }

    private func checkInput(_ x: Tensor) throws -> [Int] {
        guard let inputShape else { throw MLError.notFitted("Sequential has not been fitted or built yet") }
        let got = Array(x.shape.dropFirst())
        guard got == inputShape else {
            throw MLError.shapeMismatch(
                "Sequential was built for samples of shape \(formatShape(inputShape)) but got \(formatShape(got))")
        }
        return got
    }

    private func forwardProbabilities(_ x: Tensor, training: Bool) throws -> Tensor {
        var activation = x
        for layer in layers { activation = try layer.forward(activation, training: training) }
        if !outputIsProbabilities {
            let (rows, width) = (activation.batchCount, activation.sampleSize)
            activation.storage.withUnsafeMutableBufferPointer { values in
                guard let base = values.baseAddress else { return }
                Activation.softmaxRows(base, rows: rows, width: width)
            }
        }
        return activation
    }

    /// One training step on a batch: forward, loss, backward, update. Returns loss and hits.
    func trainStep(_ x: Tensor, labels: ArraySlice<Int>, optimizer: OptimizerState,
                   labelSmoothing: Double = 0) throws -> (loss: Double, correct: Int) {
        let probabilities = try forwardProbabilities(x, training: true)
        let result = SoftmaxCrossEntropy.evaluate(probabilities: probabilities, labels: labels, wantGradient: true,
                                                  smoothing: labelSmoothing)
        guard var gradient = result.logitGradient else { throw MLError.invalidState("no gradient") }
        // Layers before the first one with trainable parameters (Flatten, Dropout, ...) need no
        // gradient: the first trainable layer skips its input gradient (for the MLP, a third of
        // the step's multiply-adds) and the backward pass stops there.
        let firstTrainable = layers.firstIndex { $0.parameters.contains(where: \.trainable) } ?? layers.count
        for (index, layer) in layers.enumerated().reversed() where index >= firstTrainable {
            guard let next = try layer.backward(gradient, needsInputGradient: index > firstTrainable) else { break }
            gradient = next
        }
        optimizer.apply()
        return (result.loss, result.correct)
    }

    /// Gradient of the mean loss on a batch, left in the parameters (for gradient checks).
    func computeGradients(_ x: Tensor, labels: [Int]) throws -> Double {
        let probabilities = try forwardProbabilities(x, training: true)
        let result = SoftmaxCrossEntropy.evaluate(probabilities: probabilities, labels: labels[...], wantGradient: true)
        guard var gradient = result.logitGradient else { throw MLError.invalidState("no gradient") }
        for layer in layers.reversed() {
            guard let next = try layer.backward(gradient, needsInputGradient: true) else { break }
            gradient = next
        }
        return result.loss
    }

    // MARK: Fit

    public func fit(x: Tensor, y: [Int], options: FitOptions, progress: ((EpochProgress) -> Void)?) throws -> History {
        try options.validate()
        try LabelCheck.check(x: x, y: y, classes: nil, model: displayName)
        if inputShape == nil { try build(inputShape: Array(x.shape.dropFirst()), seed: options.seed) }
        _ = try checkInput(x)
        try LabelCheck.check(x: x, y: y, classes: classCount, model: displayName)
        let (trainX, trainY, validation) = try LabelCheck.split(x: x, y: y, options: options, model: displayName)
        if let validation {
            _ = try checkInput(validation.x)
            try LabelCheck.check(x: validation.x, y: validation.y, classes: classCount, model: displayName)
        }
        let epochs = options.epochs ?? 10
        var generator = SeededGenerator(seed: options.seed ^ 0x5EED_F011_0000_0001)
        for layer in layers.flatMap(\.allLayers) {
            if let dropout = layer as? Dropout { dropout.reseed(generator.next()) }
        }
        let optimizer = OptimizerState(optimizer: options.optimizer, parameters: allParameters)
        let count = trainX.batchCount
        let batchSize = min(options.batchSize, count)
        let batches = (count + batchSize - 1) / batchSize
        // Augmentation draws from its own stream, so switching it on leaves the shuffles unchanged.
        var augmentGenerator = SeededGenerator(seed: options.seed ^ 0xA116_0E17_0000_0002)
        let baseRate = options.optimizer.learningRate
        var step = 0
        var history = History()
        var bestLoss = Double.infinity
        var bestState: [[Float]]?
        var epochsWithoutImprovement = 0
        for epoch in 1...epochs {
            let started = Date()
            var record = try MiniBatchEpoch.run(epoch: epoch, of: epochs, sampleCount: count, batchSize: batchSize,
                                                generator: &generator, learningRate: options.optimizer.learningRate,
                                                progress: progress) { indices in
                var xb = try trainX.gatherSamples(indices)
                if let augment = options.augment { xb = try augment(xb, augmentGenerator.next()) }
                let yb = indices.map { trainY[$0] }
                let rate = options.schedule.rate(base: baseRate, step: step, stepsPerEpoch: batches, epochs: epochs)
                optimizer.learningRateScale = rate / baseRate
                step += 1
                let result = try trainStep(xb, labels: yb[...], optimizer: optimizer, labelSmoothing: options.labelSmoothing)
                return MiniBatchEpoch.Step(lossSum: result.loss * Double(indices.count), correct: result.correct)
            }
            if options.schedule != .constant { record.learningRate = baseRate * optimizer.learningRateScale }
            if let validation {
                let score = try evaluate(x: validation.x, y: validation.y)
                record.validationLoss = score.loss
                record.validationAccuracy = score.accuracy
            }
            record.seconds = Date().timeIntervalSince(started)
            history.epochs.append(record)
            progress?(.finished(record, epochs: epochs, batches: batches))
            if let patience = options.earlyStoppingPatience {
                let monitored = record.validationLoss ?? record.loss
                if monitored < bestLoss {
                    bestLoss = monitored
                    bestState = allParameters.map(\.value)
                    history.bestEpoch = epoch
                    epochsWithoutImprovement = 0
                } else {
                    epochsWithoutImprovement += 1
                    if epochsWithoutImprovement >= patience {
                        history.stoppedEarly = epoch < epochs
                        break
                    }
                }
            }
        }
        // With early stopping the model keeps its best epoch's weights, whether patience ran out
        // or the epochs did (as Keras's restore_best_weights does at the end of training).
        if let bestState, let best = history.bestEpoch, best != history.epochs.last?.epoch {
            for (parameter, values) in zip(allParameters, bestState) { parameter.value = values }
        }
        return history
    }

    // MARK: State

    public func stateDict() throws -> [NamedArray] {
        guard inputShape != nil else { throw MLError.notFitted("Sequential has no weights yet: fit or build it first") }
        return allParameters.map { NamedArray(name: $0.name, shape: $0.shape, values: $0.value) }
    }

    public func load(state: [NamedArray]) throws {
        guard inputShape != nil else {
            throw MLError.notFitted("Sequential must be built (its architecture needs an input shape) before loading weights")
        }
        let byName = Dictionary(state.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for parameter in allParameters {
            guard let array = byName[parameter.name] else {
                throw MLError.invalidArgument("the saved weights have no \(parameter.name)")
            }
            guard array.shape == parameter.shape, array.values.count == parameter.count else {
                throw MLError.shapeMismatch(
                    "\(parameter.name) has shape \(formatShape(parameter.shape)) in the model but \(formatShape(array.shape)) in the saved weights")
            }
            parameter.value = array.values
        }
    }
}
