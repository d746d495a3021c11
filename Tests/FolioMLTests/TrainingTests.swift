import XCTest
@testable import FolioML

final class TrainingTests: XCTestCase {
    func testMLPLearnsXOR() throws {
        let (x, y) = SyntheticData.xor(count: 200, seed: 1)
        let model = try Sequential([Dense(16, activation: .relu), Dense(2, activation: .softmax)])
        let history = try model.fit(x: x, y: y, options: FitOptions(epochs: 60, batchSize: 16, optimizer: .adam(lr: 0.01), seed: 3))
        XCTAssertEqual(history.epochs.count, 60)
        XCTAssertLessThan(history.losses.last ?? 1, history.losses.first ?? 0)
        XCTAssertGreaterThanOrEqual(try model.evaluate(x: x, y: y).accuracy, 0.97)
    }

    func testSmallCNNLearnsBars() throws {
        let (x, y) = SyntheticData.bars(count: 120, seed: 2)
        let model = try Sequential([
            Conv2D(4, kernel: 3, padding: .same, activation: .relu), MaxPool2D(2),
            BatchNorm(), Flatten(), Dropout(0.1), Dense(2, activation: .softmax),
        ])
        _ = try model.fit(x: x, y: y, options: FitOptions(epochs: 15, batchSize: 16, optimizer: .adam(lr: 0.01), seed: 5))
        let (testX, testY) = SyntheticData.bars(count: 60, seed: 99)
        XCTAssertGreaterThanOrEqual(try model.evaluate(x: testX, y: testY).accuracy, 0.95)
    }

    func testSGDWithMomentumLearnsBlobs() throws {
        let (x, y) = SyntheticData.blobs(count: 300, classes: 3, dimensions: 4, seed: 4)
        let model = try Sequential([Dense(8, activation: .sigmoid), Dense(3, activation: .softmax)])
        _ = try model.fit(x: x, y: y, options: FitOptions(epochs: 30, batchSize: 32, optimizer: .sgd(lr: 0.1, momentum: 0.9), seed: 1))
        XCTAssertGreaterThanOrEqual(try model.evaluate(x: x, y: y).accuracy, 0.97)
    }

    func testSameSeedGivesIdenticalWeightsAndHistory() throws {
        let (x, y) = SyntheticData.blobs(count: 200, classes: 3, dimensions: 6, seed: 8)
        func train() throws -> (History, [NamedArray]) {
            let model = try Sequential([Dense(8, activation: .relu), BatchNorm(), Dropout(0.3), Dense(3, activation: .softmax)])
            let history = try model.fit(x: x, y: y, options: FitOptions(epochs: 3, batchSize: 20, validationSplit: 0.2, seed: 11))
            return (history, try model.stateDict())
        }
        let (firstHistory, firstState) = try train()
        let (secondHistory, secondState) = try train()
        XCTAssertEqual(firstState, secondState)
        XCTAssertEqual(firstHistory.losses, secondHistory.losses)
        XCTAssertEqual(firstHistory.validationLosses, secondHistory.validationLosses)

        let other = try Sequential([Dense(8, activation: .relu), BatchNorm(), Dropout(0.3), Dense(3, activation: .softmax)])
        _ = try other.fit(x: x, y: y, options: FitOptions(epochs: 3, batchSize: 20, validationSplit: 0.2, seed: 12))
        XCTAssertNotEqual(try other.stateDict(), firstState)
    }

    func testValidationSplitHistoryAndProgress() throws {
        let (x, y) = SyntheticData.blobs(count: 100, classes: 2, dimensions: 3, seed: 5)
        let model = try Sequential([Dense(2, activation: .softmax)])
        var reports: [EpochProgress] = []
        let history = try model.fit(x: x, y: y, options: FitOptions(epochs: 2, batchSize: 16, validationSplit: 0.2, seed: 1)) {
            reports.append($0)
        }
        XCTAssertEqual(history.validationAccuracies.count, 2)
        // 80 training samples in batches of 16: 5 batches per epoch, 2 epochs, and after each
        // epoch's validation one more report carrying the epoch's record.
        XCTAssertEqual(reports.count, 12)
        XCTAssertEqual(reports.filter { $0.finishedEpoch == nil }.map(\.batch), [1, 2, 3, 4, 5, 1, 2, 3, 4, 5])
        XCTAssertEqual(reports.compactMap(\.finishedEpoch), history.epochs)
        XCTAssertEqual(reports.last?.batch, 5)
        XCTAssertEqual(reports.last?.batches, 5)
        XCTAssertEqual(reports.last?.epoch, 2)
        XCTAssertNotNil(reports.last?.finishedEpoch?.validationAccuracy)
    }

    func testEarlyStoppingStopsAndRestoresBestEpoch() throws {
        let (x, y) = SyntheticData.blobs(count: 60, classes: 2, dimensions: 3, seed: 6, spread: 4)
        let (vx, vy) = SyntheticData.blobs(count: 60, classes: 2, dimensions: 3, seed: 60, spread: 4)
        // A large model on noisy data with a high rate overfits fast, so validation loss turns up.
        let model = try Sequential([Dense(64, activation: .relu), Dense(64, activation: .relu), Dense(2, activation: .softmax)])
        let history = try model.fit(x: x, y: y, options: FitOptions(
            epochs: 200, batchSize: 8, optimizer: .adam(lr: 0.01), validation: (vx, vy), earlyStoppingPatience: 3, seed: 2))
        XCTAssertTrue(history.stoppedEarly)
        XCTAssertLessThan(history.epochs.count, 200)
        let best = try XCTUnwrap(history.bestEpoch)
        XCTAssertEqual(history.epochs.count, best + 3)
        let restored = try model.evaluate(x: vx, y: vy).loss
        XCTAssertEqual(restored, history.epochs[best - 1].validationLoss ?? .nan, accuracy: 1e-4)
    }

    func testEarlyStoppingKeepsTheBestEpochEvenWhenTheEpochsRunOut() throws {
        let (x, y) = SyntheticData.blobs(count: 60, classes: 2, dimensions: 3, seed: 6, spread: 4)
        let (vx, vy) = SyntheticData.blobs(count: 60, classes: 2, dimensions: 3, seed: 60, spread: 4)
        let model = try Sequential([Dense(64, activation: .relu), Dense(64, activation: .relu), Dense(2, activation: .softmax)])
        // The same over-fitting set-up, but patience longer than the run: training is not stopped.
        let history = try model.fit(x: x, y: y, options: FitOptions(
            epochs: 12, batchSize: 8, optimizer: .adam(lr: 0.01), validation: (vx, vy), earlyStoppingPatience: 50, seed: 2))
        XCTAssertFalse(history.stoppedEarly)
        XCTAssertEqual(history.epochs.count, 12)
        let losses = history.epochs.compactMap(\.validationLoss)
        let best = try XCTUnwrap(history.bestEpoch)
        XCTAssertEqual(losses[best - 1], losses.min())
        XCTAssertNotEqual(best, 12, "the set-up over-fits, so the best epoch is an early one")
        XCTAssertEqual(try model.evaluate(x: vx, y: vy).loss, losses[best - 1], accuracy: 1e-4)
    }

    func testDivergingTrainingThrowsNamingEpochAndBatch() throws {
        let (x, y) = SyntheticData.blobs(count: 64, classes: 2, dimensions: 3, seed: 7)
        let scaled = Tensor(uncheckedShape: x.shape, storage: x.storage.map { $0 * 1e18 })
        let model = try Sequential([Dense(4), Dense(2)])
        XCTAssertThrowsError(try model.fit(x: scaled, y: y, options: FitOptions(epochs: 2, optimizer: .sgd(lr: 10), seed: 1))) { error in
            let message = String(describing: error)
            XCTAssertTrue(message.contains("epoch 1, batch"), message)
            XCTAssertTrue(message.contains("lower learning rate"), message)
        }
    }
}

final class FitConvenienceTests: XCTestCase {
    func testLabelledFitMatchesOptionsFit() throws {
        let (x, y) = SyntheticData.blobs(count: 80, classes: 2, dimensions: 3, seed: 9)
        let first = try Sequential([Dense(4, activation: .relu), Dense(2, activation: .softmax)])
        let second = try Sequential([Dense(4, activation: .relu), Dense(2, activation: .softmax)])
        let a = try first.fit(x: x, y: y, epochs: 2, batchSize: 10, optimizer: .sgd(lr: 0.05, momentum: 0.5),
                              validationSplit: 0.25, earlyStopping: 5, seed: 4)
        let b = try second.fit(x: x, y: y, options: FitOptions(epochs: 2, batchSize: 10, optimizer: .sgd(lr: 0.05, momentum: 0.5),
                                                              validationSplit: 0.25, earlyStoppingPatience: 5, seed: 4))
        XCTAssertEqual(a.losses, b.losses)
        XCTAssertEqual(a.validationLosses, b.validationLosses)
        XCTAssertEqual(a.epochs.count, 2)
    }
}
