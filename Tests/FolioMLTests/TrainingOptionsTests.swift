import XCTest
@testable import FolioML

/// Optimizers, learning-rate schedules, label smoothing and per-batch augmentation.
final class TrainingOptionsTests: XCTestCase {
    private func oneStep(_ optimizer: Optimizer, weight: Float, gradient: Float, steps: Int = 1) -> Float {
        let parameter = Parameter(name: "w", shape: [1], value: [weight])
        let state = OptimizerState(optimizer: optimizer, parameters: [parameter])
        for _ in 0..<steps {
            parameter.gradient = [gradient]
            state.apply()
        }
        return parameter.value[0]
    }

    func testOptimizerStepsFollowKerasFormulas() {
        // RMSprop: v = 0.1 g², w -= lr g / sqrt(v + ε).
        let g: Float = 0.5
        XCTAssertEqual(oneStep(.rmsprop(lr: 0.01), weight: 1, gradient: g), 1 - 0.01 * g / (0.1 * g * g + 1e-7).squareRoot(), accuracy: 1e-6)
        // Nesterov: v = −lr g; w += μ v − lr g.
        XCTAssertEqual(oneStep(.sgd(lr: 0.1, momentum: 0.9, nesterov: true), weight: 1, gradient: g), 1 + 0.9 * (-0.05) - 0.05, accuracy: 1e-6)
        XCTAssertEqual(oneStep(.sgd(lr: 0.1, momentum: 0.9), weight: 1, gradient: g), 1 - 0.05, accuracy: 1e-6)
        // AdamW shrinks the weight by lr·wd·w first, then takes Adam's step (≈ lr on the first step).
        let adam = oneStep(.adam(lr: 0.01), weight: 2, gradient: g)
        let adamW = oneStep(.adamW(lr: 0.01, weightDecay: 0.1), weight: 2, gradient: g)
        XCTAssertEqual(adam, 2 - 0.01, accuracy: 1e-5)
        XCTAssertEqual(adamW, 2 - 2 * 0.01 * 0.1 - 0.01, accuracy: 1e-5)
        XCTAssertThrowsError(try Optimizer.rmsprop(lr: -1).validate())
        XCTAssertThrowsError(try Optimizer.adamW(lr: 0.001, weightDecay: -1).validate())
    }

    func testSchedules() {
        let steps = 10, epochs = 5
        func rate(_ schedule: LearningRateSchedule, _ step: Int) -> Double {
            schedule.rate(base: 0.1, step: step, stepsPerEpoch: steps, epochs: epochs)
        }
        XCTAssertEqual(rate(.cosine(warmupEpochs: 1), 0), 0.01, accuracy: 1e-12)
        XCTAssertEqual(rate(.cosine(warmupEpochs: 1), 9), 0.1, accuracy: 1e-12)
        XCTAssertEqual(rate(.cosine(warmupEpochs: 1), 10), 0.1, accuracy: 1e-12)
        XCTAssertEqual(rate(.cosine(warmupEpochs: 1), 30), 0.05, accuracy: 1e-12, "half way through the decay")
        XCTAssertLessThan(rate(.cosine(warmupEpochs: 0), 49), 0.001)
        XCTAssertEqual(rate(.step(every: 2, factor: 0.5), 19), 0.1)
        XCTAssertEqual(rate(.step(every: 2, factor: 0.5), 20), 0.05)
        XCTAssertEqual(rate(.step(every: 2, factor: 0.5), 45), 0.025)
        XCTAssertEqual(rate(.oneCycle(maxLR: 1), 0), 0.04, accuracy: 1e-12)
        let peak = (0..<50).map { rate(.oneCycle(maxLR: 1), $0) }
        XCTAssertEqual(peak.max() ?? 0, 1, accuracy: 1e-12)
        XCTAssertEqual(peak.firstIndex(of: peak.max() ?? 0), 14)
        XCTAssertEqual(peak.last ?? 1, 0.04 / 1e4, accuracy: 1e-12)
        XCTAssertThrowsError(try LearningRateSchedule.cosine(warmupEpochs: 6).validate(epochs: 5))
        XCTAssertThrowsError(try LearningRateSchedule.step(every: 0, factor: 0.5).validate(epochs: 5))
    }

    func testLabelSmoothingLossAndGradientAgreeWithFiniteDifferences() {
        let logits: [Float] = [0.3, -1.2, 2.0, 0.1, 0.7, -0.4]
        let labels = [2, 0]
        func softmax(_ z: [Float]) -> Tensor {
            var values = z
            values.withUnsafeMutableBufferPointer { Activation.softmaxRows($0.baseAddress!, rows: 2, width: 3) }
            return Tensor(uncheckedShape: [2, 3], storage: values)
        }
        let result = SoftmaxCrossEntropy.evaluate(probabilities: softmax(logits), labels: labels[...], wantGradient: true, smoothing: 0.1)
        // Keras: targets 0.9·onehot + 0.1/3, loss −Σ target·log p averaged over the rows.
        let p = softmax(logits).storage
        var expected = 0.0
        for row in 0..<2 {
            for c in 0..<3 {
                let target = (c == labels[row] ? 0.9 : 0) + 0.1 / 3
                expected -= target * log(Double(p[row * 3 + c]))
            }
        }
        XCTAssertEqual(result.loss, expected / 2, accuracy: 1e-6)
        let gradient = result.logitGradient?.storage ?? []
        for index in logits.indices {
            var up = logits, down = logits
            up[index] += 1e-2
            down[index] -= 1e-2
            let numeric = (SoftmaxCrossEntropy.evaluate(probabilities: softmax(up), labels: labels[...], wantGradient: false, smoothing: 0.1).loss
                - SoftmaxCrossEntropy.evaluate(probabilities: softmax(down), labels: labels[...], wantGradient: false, smoothing: 0.1).loss) / 2e-2
            XCTAssertEqual(Double(gradient[index]), numeric, accuracy: 1e-3)
        }
    }

    func testScheduleAugmentationAndSmoothingAreDeterministicAndRecorded() throws {
        let data = SyntheticData.bars(count: 40, seed: 3)
        // A stand-in augmentation: adds seeded noise, so different batches get different draws.
        let noise: (Tensor, UInt64) throws -> Tensor = { batch, seed in
            var generator = SeededGenerator(seed: seed)
            return Tensor(uncheckedShape: batch.shape, storage: batch.storage.map { $0 + generator.nextUniformFloat() * 0.1 })
        }
        func train(augment: Bool) throws -> History {
            let model = try Sequential([Flatten(), Dense(8, activation: .relu), Dense(2, activation: .softmax)])
            var options = FitOptions(epochs: 4, batchSize: 10, optimizer: .sgd(lr: 0.1, momentum: 0.9, nesterov: true), seed: 7)
            options.schedule = .cosine(warmupEpochs: 1)
            options.labelSmoothing = 0.1
            if augment { options.augment = noise }
            return try model.fit(x: data.0, y: data.1, options: options)
        }
        let first = try train(augment: true)
        XCTAssertEqual(try train(augment: true).losses, first.losses)
        XCTAssertNotEqual(try train(augment: false).losses, first.losses)
        let rates = first.epochs.compactMap(\.learningRate)
        XCTAssertEqual(rates.count, 4)
        XCTAssertEqual(rates[0], 0.1, accuracy: 1e-12, "the warm-up ends at the end of epoch 1")
        XCTAssertLessThan(rates[3], 0.01, "the cosine ends near 0")
        let constant = try Sequential([Flatten(), Dense(2, activation: .softmax)])
            .fit(x: data.0, y: data.1, options: FitOptions(epochs: 1, batchSize: 10))
        XCTAssertNil(constant.epochs[0].learningRate)
    }
}
