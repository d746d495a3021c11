import XCTest
@testable import FolioML

final class ShapeAndSummaryTests: XCTestCase {
    private func designCNN() throws -> Sequential {
        try Sequential([
            Conv2D(32, kernel: 3, activation: .relu), MaxPool2D(2),
            Conv2D(64, kernel: 3, activation: .relu), MaxPool2D(2),
            Flatten(), Dropout(0.5), Dense(10, activation: .softmax),
        ])
    }

    func testDesignCNNSummaryMatchesKeras() throws {
        let summary = try designCNN().summary(inputShape: [28, 28, 1])
        XCTAssertEqual(summary.totalParameters, 34_826)
        XCTAssertEqual(summary.trainableParameters, 34_826)
        XCTAssertEqual(summary.rows.map(\.layer), [
            "conv2d (Conv2D)", "max_pooling2d (MaxPooling2D)", "conv2d_1 (Conv2D)", "max_pooling2d_1 (MaxPooling2D)",
            "flatten (Flatten)", "dropout (Dropout)", "dense (Dense)",
        ])
        XCTAssertEqual(summary.rows.map(\.outputShape), [[26, 26, 32], [13, 13, 32], [11, 11, 64], [5, 5, 64], [1600], [1600], [10]])
        XCTAssertEqual(summary.rows.map(\.parameters), [320, 0, 18_496, 0, 0, 0, 16_010])
        XCTAssertEqual(summary.rows[0].formattedOutputShape, "(None, 26, 26, 32)")
        XCTAssertTrue(summary.text.contains("Total params: 34,826"))
    }

    func testBatchNormCountsNonTrainableStatistics() throws {
        let model = try Sequential([Flatten(), Dense(512, activation: .relu), BatchNorm(), Dense(10, activation: .softmax)])
        let summary = try model.summary(inputShape: [28, 28, 1])
        XCTAssertEqual(summary.totalParameters, 784 * 512 + 512 + 4 * 512 + 5130)
        XCTAssertEqual(summary.nonTrainableParameters, 2 * 512)
    }

    func testSummaryBeforeBuildAsksForAShape() {
        XCTAssertThrowsError(try designCNN().summary()) { error in
            XCTAssertTrue(String(describing: error).contains("inputShape"))
        }
    }

    func testDenseInputMismatchNamesLayerAndSource() throws {
        let model = try Sequential([Flatten(), Dense(10, activation: .softmax)])
        try model.build(inputShape: [28, 28, 1])
        let dense = model.layers[1]
        let wrong = Tensor(zeros: [2, 1_024])
        XCTAssertThrowsError(try dense.forward(wrong, training: false)) { error in
            XCTAssertEqual(String(describing: error), "dense expects 784 inputs but got 1,024 (from flatten)")
        }
    }

    func testModelInputMismatchIsAClearError() throws {
        let model = try designCNN()
        try model.build(inputShape: [28, 28, 1])
        XCTAssertThrowsError(try model.predict(Tensor(zeros: [1, 32, 32, 1]))) { error in
            XCTAssertEqual(String(describing: error), "Sequential was built for samples of shape [28, 28, 1] but got [32, 32, 1]")
        }
    }

    func testConvRejectsFlatInputAndTooSmallImages() throws {
        XCTAssertThrowsError(try Sequential([Conv2D(4, kernel: 3), Flatten(), Dense(2)]).build(inputShape: [784])) { error in
            XCTAssertTrue(String(describing: error).contains("conv2d expects images of shape [height, width, channels] but got [784]"))
        }
        XCTAssertThrowsError(try Sequential([Conv2D(4, kernel: 5), Flatten(), Dense(2)]).build(inputShape: [3, 3, 1])) { error in
            XCTAssertTrue(String(describing: error).contains("does not fit"))
        }
    }

    func testAbsurdDenseIsRejectedBeforeAllocating() throws {
        let model = try Sequential([Flatten(), Dense(10_000_000), Dense(10, activation: .softmax)])
        XCTAssertThrowsError(try model.build(inputShape: [28, 28, 1])) { error in
            guard case MLError.tooLarge(let message) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(message.hasPrefix("dense: a 784 × 10,000,000 kernel"), message)
        }
    }

    func testLastLayerMustGiveOneOutputPerClass() throws {
        XCTAssertThrowsError(try Sequential([Conv2D(2, kernel: 3)]).build(inputShape: [5, 5, 1])) { error in
            XCTAssertTrue(String(describing: error).contains("must end in a layer with one output per class"))
        }
    }

    func testLabelsBeyondTheOutputWidthAreRejected() throws {
        let model = try Sequential([Dense(3, activation: .softmax)])
        let x = Tensor(zeros: [2, 4])
        XCTAssertThrowsError(try model.fit(x: x, y: [0, 5], options: FitOptions(epochs: 1))) { error in
            XCTAssertEqual(String(describing: error), "Sequential: labels go up to 5 but the model has 3 classes")
        }
        XCTAssertThrowsError(try model.fit(x: x, y: [0], options: FitOptions(epochs: 1))) { error in
            XCTAssertEqual(String(describing: error), "Sequential: 2 samples but 1 labels")
        }
    }

    func testInvalidArgumentsAreErrors() {
        XCTAssertThrowsError(try Dense(0))
        XCTAssertThrowsError(try Conv2D(4, kernel: 0))
        XCTAssertThrowsError(try Dropout(1))
        XCTAssertThrowsError(try MaxPool2D(0))
        XCTAssertThrowsError(try LogisticRegression(l2: -1))
        XCTAssertThrowsError(try LinearSVM(c: 0))
        XCTAssertThrowsError(try KNN(k: 0))
        XCTAssertThrowsError(try Tensor(shape: [2, 2], storage: [1, 2, 3]))
    }
}
