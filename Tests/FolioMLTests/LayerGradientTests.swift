import XCTest
@testable import FolioML

final class LayerGradientTests: XCTestCase {
    private func built(_ layer: Layer, _ shape: [Int]) throws -> Layer {
        var generator = SeededGenerator(seed: 7)
        _ = try layer.build(inputShape: shape, previous: nil, generator: &generator)
        return layer
    }

    func testDenseGradientsForEveryActivation() throws {
        for activation in Activation.allCases {
            let layer = try built(Dense(4, activation: activation), [5])
            try GradientChecking.check(layer, input: GradientChecking.randomTensor([3, 5], seed: 1))
        }
    }

    func testDenseFlattensMultiAxisInput() throws {
        let layer = try built(Dense(3, activation: .tanh), [2, 2, 2])
        try GradientChecking.check(layer, input: GradientChecking.randomTensor([2, 2, 2, 2], seed: 2))
    }

    func testConv2DValidGradients() throws {
        let layer = try built(Conv2D(3, kernel: 3, activation: .tanh), [5, 5, 2])
        try GradientChecking.check(layer, input: GradientChecking.randomTensor([2, 5, 5, 2], seed: 3))
    }

    func testConv2DSameStrideTwoGradients() throws {
        let layer = try built(Conv2D(2, kernel: 3, stride: 2, padding: .same, activation: .sigmoid), [6, 5, 1])
        try GradientChecking.check(layer, input: GradientChecking.randomTensor([2, 6, 5, 1], seed: 4))
    }

    func testMaxPoolGradients() throws {
        let layer = try built(MaxPool2D(2), [5, 4, 3])
        try GradientChecking.check(layer, input: GradientChecking.randomTensor([2, 5, 4, 3], seed: 5))
    }

    func testAvgPoolGradients() throws {
        let layer = try built(AvgPool2D(2), [4, 4, 2])
        try GradientChecking.check(layer, input: GradientChecking.randomTensor([2, 4, 4, 2], seed: 6))
    }

    func testBatchNormGradientsOnFeaturesAndChannels() throws {
        let dense = try built(BatchNorm(), [4])
        try GradientChecking.check(dense, input: GradientChecking.randomTensor([6, 4], seed: 7, scale: 2))
        let images = try built(BatchNorm(), [3, 3, 2])
        try GradientChecking.check(images, input: GradientChecking.randomTensor([2, 3, 3, 2], seed: 8))
    }

    func testFlattenGradient() throws {
        let layer = try built(Flatten(), [2, 3, 1])
        try GradientChecking.check(layer, input: GradientChecking.randomTensor([2, 2, 3, 1], seed: 9))
    }

    func testDropoutGradientWithAFixedMask() throws {
        let dropout = try Dropout(0.5)
        let layer = try built(dropout, [10])
        try GradientChecking.check(layer, input: GradientChecking.randomTensor([4, 10], seed: 10)) {
            dropout.reseed(123)
        }
    }

    func testSoftmaxCrossEntropyGradientThroughAModel() throws {
        let model = try Sequential([Dense(4, activation: .tanh), Dense(3, activation: .softmax)])
        try model.build(inputShape: [5], seed: 3)
        let x = GradientChecking.randomTensor([4, 5], seed: 11)
        let labels = [0, 2, 1, 2]
        _ = try model.computeGradients(x, labels: labels)
        let parameters = model.layers.flatMap(\.parameters)
        let analytic = parameters.map(\.gradient)
        let epsilon: Float = 1e-2
        for (p, parameter) in parameters.enumerated() {
            for index in GradientChecking.sampledIndices(parameter.count) {
                let original = parameter.value[index]
                parameter.value[index] = original + epsilon
                let up = try model.evaluate(x: x, y: labels).loss
                parameter.value[index] = original - epsilon
                let down = try model.evaluate(x: x, y: labels).loss
                parameter.value[index] = original
                GradientChecking.assertClose(Double(analytic[p][index]), (up - down) / Double(2 * epsilon),
                                             what: parameter.name, file: #filePath, line: #line)
            }
        }
    }

    func testLogitOutputModelUsesTheSameLossGradient() throws {
        // No softmax on the last layer: outputs are logits and the model applies softmax itself.
        let model = try Sequential([Dense(3)])
        try model.build(inputShape: [2], seed: 1)
        let x = GradientChecking.randomTensor([3, 2], seed: 12)
        let labels = [1, 0, 2]
        _ = try model.computeGradients(x, labels: labels)
        let kernel = model.layers[0].parameters[0]
        let analytic = kernel.gradient
        for index in 0..<kernel.count {
            let original = kernel.value[index]
            kernel.value[index] = original + 1e-2
            let up = try model.evaluate(x: x, y: labels).loss
            kernel.value[index] = original - 1e-2
            let down = try model.evaluate(x: x, y: labels).loss
            kernel.value[index] = original
            GradientChecking.assertClose(Double(analytic[index]), (up - down) / 2e-2, what: "kernel", file: #filePath, line: #line)
        }
    }
}
