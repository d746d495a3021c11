import XCTest
@testable import FolioML

final class StateTests: XCTestCase {
    func testSequentialRoundTripsThroughArchitectureAndState() throws {
        let (x, y) = SyntheticData.bars(count: 40, seed: 3)
        let model = try Sequential([Conv2D(3, kernel: 3, activation: .relu), MaxPool2D(2), BatchNorm(),
                                    Flatten(), Dense(2, activation: .softmax)])
        _ = try model.fit(x: x, y: y, options: FitOptions(epochs: 2, batchSize: 8, seed: 1))
        let encoded = try JSONEncoder().encode(model.modelDescription)
        let description = try JSONDecoder().decode(ModelDescription.self, from: encoded)
        let copy = try description.makeModel()
        try copy.load(state: try model.stateDict())
        XCTAssertEqual(try copy.predictProbabilities(x), try model.predictProbabilities(x))
        XCTAssertEqual(try model.stateDict().map { $0.name }, [
            "conv2d/kernel", "conv2d/bias", "batch_normalization/gamma", "batch_normalization/beta",
            "batch_normalization/moving_mean", "batch_normalization/moving_variance", "dense/kernel", "dense/bias",
        ])
    }

    func testLoadingMismatchedStateIsAClearError() throws {
        let model = try Sequential([Dense(3, activation: .softmax)])
        try model.build(inputShape: [4])
        let wrong = [NamedArray(name: "dense/kernel", shape: [5, 3], values: [Float](repeating: 0, count: 15)),
                     NamedArray(name: "dense/bias", shape: [3], values: [0, 0, 0])]
        XCTAssertThrowsError(try model.load(state: wrong)) { error in
            XCTAssertEqual(String(describing: error), "dense/kernel has shape [4, 3] in the model but [5, 3] in the saved weights")
        }
    }

    func testClassicModelsRoundTrip() throws {
        let (x, y) = SyntheticData.blobs(count: 90, classes: 3, dimensions: 5, seed: 2)
        let models: [Classifier] = [try LogisticRegression(l2: 1e-3), try LinearSVM(c: 1), try KNN(k: 3)]
        for model in models {
            _ = try model.fit(x: x, y: y, options: FitOptions(epochs: 3, seed: 1))
            let copy = try model.modelDescription.makeModel()
            try copy.load(state: try model.stateDict())
            XCTAssertEqual(try copy.predict(x), try model.predict(x), model.displayName)
        }
    }
}

import Foundation
