import Dispatch

/// k-nearest neighbours (Euclidean). Distances come from one sgemm per block of queries:
/// ‖q − t‖² = ‖q‖² − 2·q·t + ‖t‖², and ‖q‖² does not change the ranking, so it is skipped.
/// Probabilities are the neighbours' vote fractions; ties go to the smaller class.
public final class KNN: Classifier {
    public let k: Int
    private var samples: [Float] = []
    private var labels: [Int] = []
    private var squaredNorms: [Float] = []
    private var features = 0
    private var classes = 0
    /// Queries per sgemm block: bounds the distance matrix to block × training samples.
    public var queryBlock = 256

    public init(k: Int = 5) throws {
        guard k >= 1 else { throw MLError.invalidArgument("KNN k must be at least 1, got \(k)") }
        self.k = k
    }

    public var displayName: String { "KNN(k: \(k))" }
    public var classCount: Int? { classes > 0 ? classes : nil }
    public var modelDescription: ModelDescription {
        .knn(k: k, features: features, classes: classes, samples: labels.count)
    }

    public func fit(x: Tensor, y: [Int], options: FitOptions, progress: ((EpochProgress) -> Void)?) throws -> History {
        try LabelCheck.check(x: x, y: y, classes: nil, model: displayName)
        try remember(samples: x.storage, features: x.sampleSize, labels: y)
        // Nothing to report as progress: KNN only keeps the examples, it has no epochs.
        var history = History()
        if let validation = options.validation {
            let score = try evaluate(x: validation.x, y: validation.y)
            history.epochs.append(EpochRecord(epoch: 1, loss: 0, accuracy: 1, validationLoss: score.loss,
                                              validationAccuracy: score.accuracy, seconds: 0))
        }
        return history
    }

    private func remember(samples: [Float], features: Int, labels: [Int]) throws {
        guard features > 0, samples.count == features * labels.count else {
            throw MLError.shapeMismatch("\(displayName): \(formatCount(samples.count)) values do not make \(labels.count) samples of \(features) features")
        }
        self.samples = samples
        self.labels = labels
        self.features = features
        classes = max(2, (labels.max() ?? 0) + 1)
        var norms = [Float](repeating: 0, count: labels.count)
        samples.withUnsafeBufferPointer { s in
            for row in 0..<labels.count {
                var sum: Float = 0
                for column in 0..<features { sum += s[row * features + column] * s[row * features + column] }
                norms[row] = sum
            }
        }
        squaredNorms = norms
    }

    public func predictProbabilities(_ x: Tensor) throws -> Tensor {
        guard !labels.isEmpty else { throw MLError.notFitted("\(displayName) has not been fitted yet") }
        guard x.rank >= 2, x.sampleSize == features else {
            throw MLError.shapeMismatch("\(displayName) was fitted on \(formatCount(features)) features per sample but got samples of shape \(formatShape(Array(x.shape.dropFirst())))")
        }
        let queries = x.batchCount
        let stored = labels.count
        let neighbours = min(k, stored)
        let (features, classes) = (self.features, self.classes)
        var result = [Float](repeating: 0, count: queries * classes)
        var distances = [Float](repeating: 0, count: min(queryBlock, queries) * stored)
        var start = 0
        while start < queries {
            let end = min(queries, start + queryBlock)
            let rows = end - start
            x.storage.withUnsafeBufferPointer { q in
                samples.withUnsafeBufferPointer { t in
                    distances.withUnsafeMutableBufferPointer { d in
                        guard let qp = q.baseAddress, let tp = t.baseAddress, let dp = d.baseAddress else { return }
                        BLAS.gemm(transposeA: false, transposeB: true, m: rows, n: stored, k: features,
                                  alpha: -2, a: qp + start * features, b: tp, beta: 0, c: dp)
                    }
                }
            }
            distances.withUnsafeBufferPointer { d in
                squaredNorms.withUnsafeBufferPointer { norms in
                    labels.withUnsafeBufferPointer { labelValues in
                        result.withUnsafeMutableBufferPointer { out in
                            guard let dp = d.baseAddress, let np = norms.baseAddress,
                                  let lp = labelValues.baseAddress, let op = out.baseAddress else { return }
                            let half = (rows + 1) / 2
                            DispatchQueue.concurrentPerform(iterations: rows > 1 ? 2 : 1) { worker in
                                var bestDistance = [Float](repeating: .infinity, count: neighbours)
                                var bestLabel = [Int](repeating: 0, count: neighbours)
                                let first = worker * half
                                let last = min(rows, first + half)
                                if first >= last { return }
                                for row in first..<last {
                                    for i in 0..<neighbours { bestDistance[i] = .infinity; bestLabel[i] = 0 }
                                    let line = dp + row * stored
                                    for column in 0..<stored {
                                        let distance = line[column] + np[column]
                                        if distance < bestDistance[neighbours - 1] {
                                            var slot = neighbours - 1
                                            while slot > 0, bestDistance[slot - 1] > distance {
                                                bestDistance[slot] = bestDistance[slot - 1]
                                                bestLabel[slot] = bestLabel[slot - 1]
                                                slot -= 1
                                            }
                                            bestDistance[slot] = distance
                                            bestLabel[slot] = lp[column]
                                        }
                                    }
                                    let target = op + (start + row) * classes
                                    for i in 0..<neighbours { target[bestLabel[i]] += 1 / Float(neighbours) }
                                }
                            }
                        }
                    }
                }
            }
            start = end
        }
        return Tensor(uncheckedShape: [queries, classes], storage: result)
    }

    public func summary(inputShape: [Int]?) throws -> ModelSummary {
        guard !labels.isEmpty else { throw MLError.notFitted("\(displayName) has not been fitted yet") }
        return ModelSummary(model: displayName, inputShape: inputShape ?? [features],
                            rows: [SummaryRow(layer: "neighbours (KNN)", outputShape: [classes], parameters: 0)],
                            totalParameters: 0, trainableParameters: 0)
    }

    public func stateDict() throws -> [NamedArray] {
        guard !labels.isEmpty else { throw MLError.notFitted("\(displayName) has not been fitted yet") }
        return [NamedArray(name: "knn/samples", shape: [labels.count, features], values: samples),
                NamedArray(name: "knn/labels", shape: [labels.count], values: labels.map(Float.init))]
    }

    public func load(state: [NamedArray]) throws {
        guard let stored = state.first(where: { $0.name == "knn/samples" }),
              let storedLabels = state.first(where: { $0.name == "knn/labels" }),
              stored.shape.count == 2 else {
            throw MLError.invalidArgument("the saved KNN needs knn/samples [N, features] and knn/labels [N]")
        }
        guard storedLabels.values.allSatisfy({ $0.isFinite && $0 >= 0 && $0 < 1_000_000 }) else {
            throw MLError.invalidArgument("the saved KNN labels must be whole numbers from 0")
        }
        let labelValues = storedLabels.values.map { Int($0) }
        guard labelValues.count == stored.shape[0] else {
            throw MLError.shapeMismatch("the saved KNN has \(stored.shape[0]) samples but \(labelValues.count) valid labels")
        }
        try remember(samples: stored.values, features: stored.shape[1], labels: labelValues)
    }
}
