import Foundation

/// The shared engine of LogisticRegression and LinearSVM: scores = x · W + b over flattened
/// samples, trained by mini-batch Adam with a linearly decaying learning rate and L2 on W.
/// Each step costs two thin sgemms, so an epoch over full MNIST is a fraction of a second.
final class LinearClassifierCore {
    enum Loss { case crossEntropy, crammerSingerHinge }

    let loss: Loss
    let modelName: String
    var features = 0
    var classes = 0
    var kernel: Parameter?
    var bias: Parameter?

    init(loss: Loss, modelName: String) {
        self.loss = loss
        self.modelName = modelName
    }

    func prepare(features: Int, classes: Int) throws {
        guard features > 0, classes >= 2 else {
            throw MLError.invalidArgument("\(modelName) needs at least one feature and two classes")
        }
        try checkAllocation(features * classes, what: "the weights", layer: modelName)
        self.features = features
        self.classes = classes
        kernel = Parameter(name: "linear/kernel", shape: [features, classes],
                           value: [Float](repeating: 0, count: features * classes))
        bias = Parameter(name: "linear/bias", shape: [classes], value: [Float](repeating: 0, count: classes))
    }

    /// Raw scores [N, classes].
    func scores(_ x: Tensor) throws -> Tensor {
        guard let kernel, let bias else { throw MLError.notFitted("\(modelName) has not been fitted yet") }
        guard x.rank >= 2, x.sampleSize == features else {
            throw MLError.shapeMismatch(
                "\(modelName) was fitted on \(formatCount(features)) features per sample but got samples of shape \(formatShape(Array(x.shape.dropFirst())))")
        }
        let rows = x.batchCount
        let classes = self.classes
        let features = self.features
        var output = [Float](repeating: 0, count: rows * classes)
        output.withUnsafeMutableBufferPointer { out in
            guard let o = out.baseAddress else { return }
            bias.value.withUnsafeBufferPointer { b in
                guard let bp = b.baseAddress else { return }
                for row in 0..<rows { (o + row * classes).update(from: bp, count: classes) }
            }
            x.storage.withUnsafeBufferPointer { xs in
                kernel.value.withUnsafeBufferPointer { w in
                    guard let xp = xs.baseAddress, let wp = w.baseAddress else { return }
                    BLAS.gemm(transposeA: false, transposeB: false, m: rows, n: classes, k: features,
                              a: xp, b: wp, beta: 1, c: o)
                }
            }
        }
        return Tensor(uncheckedShape: [rows, classes], storage: output)
    }

    func probabilities(_ x: Tensor) throws -> Tensor {
        var result = try scores(x)
        let (rows, width) = (result.batchCount, classes)
        result.storage.withUnsafeMutableBufferPointer { values in
            guard let base = values.baseAddress else { return }
            Activation.softmaxRows(base, rows: rows, width: width)
        }
        return result
    }

    /// Fills `delta` with d(loss)/d(scores) for the batch (already divided by the batch size) and
    /// returns the batch's summed loss and correct count.
    private func lossGradient(scores: inout Tensor, labels: [Int]) -> (loss: Double, correct: Int) {
        let rows = scores.batchCount
        let width = classes
        var total = 0.0
        var correct = 0
        let scale = 1 / Float(max(1, rows))
        scores.storage.withUnsafeMutableBufferPointer { s in
            for row in 0..<rows {
                let base = row * width
                let label = labels[row]
                var best = 0
                for column in 1..<width where s[base + column] > s[base + best] { best = column }
                if best == label { correct += 1 }
                switch loss {
                case .crossEntropy:
                    var maximum = s[base]
                    for column in 1..<width where s[base + column] > maximum { maximum = s[base + column] }
                    var sum: Float = 0
                    for column in 0..<width {
                        let e = expf(s[base + column] - maximum)
                        s[base + column] = e
                        sum += e
                    }
                    let probability = s[base + label] / sum
                    total -= Double(logf(max(probability, 1e-7)))
                    for column in 0..<width { s[base + column] = s[base + column] / sum * scale }
                    s[base + label] -= scale
                case .crammerSingerHinge:
                    // max(0, 1 + max_{j≠y} s_j − s_y): push the strongest wrong class below the right one.
                    var rival = label == 0 ? 1 : 0
                    for column in 0..<width where column != label && s[base + column] > s[base + rival] { rival = column }
                    let margin = 1 + s[base + rival] - s[base + label]
                    for column in 0..<width { s[base + column] = 0 }
                    if margin > 0 {
                        total += Double(margin)
                        s[base + rival] = scale
                        s[base + label] = -scale
                    }
                }
            }
        }
        return (total, correct)
    }

    func fit(x: Tensor, y: [Int], options: FitOptions, l2: Double, defaultEpochs: Int,
             learningRate: Double, batchSize: Int, progress: ((EpochProgress) -> Void)?) throws -> History {
        try options.validate()
        try LabelCheck.check(x: x, y: y, classes: nil, model: modelName)
        let (trainX, trainY, validation) = try LabelCheck.split(x: x, y: y, options: options, model: modelName)
        let classes = max(2, (y.max() ?? 0) + 1, (validation?.y.max() ?? 0) + 1)
        try prepare(features: x.sampleSize, classes: classes)
        guard let kernel, let bias else { throw MLError.invalidState("\(modelName): weights missing") }
        let epochs = options.epochs ?? defaultEpochs
        let count = trainX.batchCount
        let batch = min(batchSize, count)
        let batches = (count + batch - 1) / batch
        let optimizer = OptimizerState(optimizer: .adam(lr: learningRate), parameters: [kernel, bias])
        let totalSteps = Double(epochs * batches)
        var generator = SeededGenerator(seed: options.seed ^ 0x11_AEA2)
        let flatX = try trainX.reshaped([count, features])
        let decay = Float(l2)
        var history = History()
        var step = 0
        for epoch in 1...epochs {
            let started = Date()
            var record = try MiniBatchEpoch.run(epoch: epoch, of: epochs, sampleCount: count, batchSize: batch,
                                                generator: &generator, learningRate: learningRate,
                                                progress: progress) { indices in
                let xb = try flatX.gatherSamples(indices)
                let yb = indices.map { trainY[$0] }
                var delta = try scores(xb)
                let result = lossGradient(scores: &delta, labels: yb)
                guard result.loss.isFinite else { return MiniBatchEpoch.Step(lossSum: result.loss, correct: result.correct) }
                let rows = indices.count
                let (features, classes) = (self.features, self.classes)
                delta.storage.withUnsafeBufferPointer { d in
                    guard let dp = d.baseAddress else { return }
                    xb.storage.withUnsafeBufferPointer { xs in
                        kernel.gradient.withUnsafeMutableBufferPointer { g in
                            guard let xp = xs.baseAddress, let gp = g.baseAddress else { return }
                            kernel.value.withUnsafeBufferPointer { w in
                                guard let wp = w.baseAddress else { return }
                                // g = λ·W, then g += xᵀ · delta
                                for i in 0..<(features * classes) { gp[i] = decay * wp[i] }
                            }
                            BLAS.gemm(transposeA: true, transposeB: false, m: features, n: classes, k: rows,
                                      a: xp, b: dp, beta: 1, c: gp)
                        }
                    }
                    bias.gradient.withUnsafeMutableBufferPointer { g in
                        guard let gp = g.baseAddress else { return }
                        ColumnSums.compute(dp, rows: rows, width: classes, into: gp)
                    }
                }
                // Linear decay to 5 % of the initial rate: late steps average out the batch noise.
                optimizer.learningRateScale = 1 - 0.95 * Double(step) / totalSteps
                optimizer.apply()
                step += 1
                return MiniBatchEpoch.Step(lossSum: result.loss, correct: result.correct)
            }
            if let validation {
                let predicted = try probabilities(validation.x)
                let score = SoftmaxCrossEntropy.evaluate(probabilities: predicted, labels: validation.y[...], wantGradient: false)
                record.validationLoss = score.loss
                record.validationAccuracy = Double(score.correct) / Double(max(1, validation.y.count))
            }
            record.seconds = Date().timeIntervalSince(started)
            history.epochs.append(record)
            progress?(.finished(record, epochs: epochs, batches: batches))
        }
        return history
    }

    func stateDict() throws -> [NamedArray] {
        guard let kernel, let bias else { throw MLError.notFitted("\(modelName) has not been fitted yet") }
        return [kernel, bias].map { NamedArray(name: $0.name, shape: $0.shape, values: $0.value) }
    }

    func load(state: [NamedArray]) throws {
        guard let kernel, let bias else { throw MLError.notFitted("\(modelName): prepare the model before loading") }
        for parameter in [kernel, bias] {
            guard let array = state.first(where: { $0.name == parameter.name }) else {
                throw MLError.invalidArgument("the saved weights have no \(parameter.name)")
            }
            guard array.shape == parameter.shape, array.values.count == parameter.count else {
                throw MLError.shapeMismatch("\(parameter.name) has shape \(formatShape(parameter.shape)) in the model but \(formatShape(array.shape)) in the saved weights")
            }
            parameter.value = array.values
        }
    }

    func summary(inputShape: [Int]?) throws -> ModelSummary {
        guard features > 0 else { throw MLError.notFitted("\(modelName) has not been fitted yet") }
        let parameters = features * classes + classes
        return ModelSummary(model: modelName, inputShape: inputShape ?? [features],
                            rows: [SummaryRow(layer: "linear (\(modelName))", outputShape: [classes], parameters: parameters)],
                            totalParameters: parameters, trainableParameters: parameters)
    }
}
