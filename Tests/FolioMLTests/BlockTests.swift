import Foundation
import XCTest
@testable import FolioML

/// The layers and blocks of deeper models: gradient checks against finite differences, the shapes
/// and errors of blocks, the functional summary, and model-file round trips.
final class BlockTests: XCTestCase {
    private func built(_ layer: Layer, _ shape: [Int]) throws -> Layer {
        var generator = SeededGenerator(seed: 7)
        _ = try layer.build(inputShape: shape, previous: nil, generator: &generator)
        return layer
    }

    func testActivationLayerGradients() throws {
        for activation in Activation.allCases {
            let layer = try built(ActivationLayer(activation), [3, 3, 2])
            try GradientChecking.check(layer, input: GradientChecking.randomTensor([2, 3, 3, 2], seed: 21))
        }
    }

    func testGlobalAvgPoolGradientsAndValues() throws {
        let layer = try built(GlobalAvgPool2D(), [3, 2, 2])
        XCTAssertEqual(layer.outputShape, [2])
        let x = try Tensor(shape: [1, 3, 2, 2], storage: (0..<12).map(Float.init))
        XCTAssertEqual(try layer.forward(x, training: false).storage, [5, 6])
        try GradientChecking.check(layer, input: GradientChecking.randomTensor([2, 3, 2, 2], seed: 22))
    }

    func testConv2DWithoutBiasHasOnlyAKernel() throws {
        let layer = try built(Conv2D(3, kernel: 3, padding: .same, useBias: false), [4, 4, 2])
        XCTAssertEqual(layer.parameters.map(\.name), ["conv2d/kernel"])
        XCTAssertEqual(layer.parameterCount, 3 * 3 * 2 * 3)
        try GradientChecking.check(layer, input: GradientChecking.randomTensor([2, 4, 4, 2], seed: 23))
    }

    func testResidualWithIdentityShortcutGradients() throws {
        let block = try Residual(activation: .tanh, [Conv2D(2, kernel: 3, padding: .same, activation: .tanh),
                                                     Conv2D(2, kernel: 3, padding: .same)])
        _ = try built(block, [4, 4, 2])
        XCTAssertTrue(block.projectionLayers.isEmpty, "same shape: the shortcut is the input itself")
        try GradientChecking.check(block, input: GradientChecking.randomTensor([2, 4, 4, 2], seed: 24))
        // With a linear activation and a zero body the block is the identity.
        for parameter in block.parameters { parameter.value = parameter.value.map { _ in 0 } }
        let x = GradientChecking.randomTensor([1, 4, 4, 2], seed: 25)
        let identity = try Residual([Conv2D(2, kernel: 3, padding: .same)])
        _ = try built(identity, [4, 4, 2])
        for parameter in identity.parameters { parameter.value = parameter.value.map { _ in 0 } }
        XCTAssertEqual(try identity.forward(x, training: false), x)
    }

    func testResidualProjectsTheShortcutWithTheBlocksStride() throws {
        let block = try Residual(activation: .tanh, [Conv2D(4, kernel: 3, stride: 2, padding: .same, activation: .tanh),
                                                     BatchNorm()])
        _ = try built(block, [6, 5, 2])
        XCTAssertEqual(block.outputShape, [3, 3, 4])
        let projection = block.projectionLayers
        XCTAssertEqual(projection.count, 2)
        let conv = try XCTUnwrap(projection.first as? Conv2D)
        XCTAssertEqual([conv.kernelSize, conv.stride, conv.filters], [1, 2, 4])
        XCTAssertTrue(projection.last is BatchNorm)
        try GradientChecking.check(block, input: GradientChecking.randomTensor([3, 6, 5, 2], seed: 26))
    }

    func testResidualOnVectorsProjectsWithDense() throws {
        let block = try Residual([Dense(3, activation: .tanh)])
        _ = try built(block, [5])
        XCTAssertTrue(block.projectionLayers.first is Dense)
        try GradientChecking.check(block, input: GradientChecking.randomTensor([4, 5], seed: 27))
    }

    func testResidualThatShrinksTheImageUnevenlyIsAClearError() throws {
        let block = try Residual([Conv2D(4, kernel: 3)])
        var generator = SeededGenerator(seed: 1)
        XCTAssertThrowsError(try block.build(inputShape: [8, 8, 2], previous: "conv2d", generator: &generator)) { error in
            XCTAssertTrue(String(describing: error).contains("turns 8×8×2 into 6×6×4"), String(describing: error))
            XCTAssertTrue(String(describing: error).contains("padding: .same"))
        }
        XCTAssertThrowsError(try Residual([])) { error in
            XCTAssertTrue(String(describing: error).contains("at least one layer"))
        }
    }

    func testConcatenateGradientsAndChannelOrder() throws {
        let block = try Concatenate([[Conv2D(2, kernel: 1, activation: .tanh)],
                                     [Conv2D(3, kernel: 3, padding: .same), ActivationLayer(.sigmoid)],
                                     []])
        _ = try built(block, [4, 4, 2])
        XCTAssertEqual(block.outputShape, [4, 4, 7])
        try GradientChecking.check(block, input: GradientChecking.randomTensor([2, 4, 4, 2], seed: 28))
        // The last branch is the identity: its channels are the input's, after the others'.
        let x = GradientChecking.randomTensor([1, 4, 4, 2], seed: 29)
        let y = try block.forward(x, training: false)
        for pixel in 0..<16 {
            XCTAssertEqual(Array(y.storage[(pixel * 7 + 5)..<(pixel * 7 + 7)]), Array(x.storage[(pixel * 2)..<(pixel * 2 + 2)]))
        }
    }

    func testConcatenateNamesTheBranchWhoseSizeDisagrees() throws {
        let model = try Sequential([
            Conv2D(4, kernel: 3, padding: .same),
            Concatenate([[Conv2D(2, kernel: 1)], [Conv2D(2, kernel: 3)]]),
            GlobalAvgPool2D(), Dense(3, activation: .softmax),
        ])
        XCTAssertThrowsError(try model.build(inputShape: [8, 8, 1])) { error in
            XCTAssertEqual(String(describing: error),
                           "concatenate: branch 2 (conv2d_2) outputs 6×6×2 but branch 1 (conv2d_1) outputs 8×8×2; the branches must agree on height and width (give their convolutions padding: .same and the same stride)")
        }
    }

    /// The small ResNet of keras_bench.py --model resnet, layer for layer.
    static func benchmarkResNet() throws -> Sequential {
        func block(_ filters: Int) throws -> Residual {
            try Residual(activation: .relu, [
                Conv2D(filters, kernel: 3, padding: .same), BatchNorm(), ActivationLayer(.relu),
                Conv2D(filters, kernel: 3, padding: .same), BatchNorm(),
            ])
        }
        return try Sequential([
            Conv2D(32, kernel: 3, padding: .same), BatchNorm(), ActivationLayer(.relu),
            block(32), MaxPool2D(2), block(64), MaxPool2D(2), block(64),
            GlobalAvgPool2D(), Dense(10, activation: .softmax),
        ])
    }

    func testResNetSummaryMatchesKerasFunctionalSummary() throws {
        let summary = try Self.benchmarkResNet().summary(inputShape: [28, 28, 1])
        XCTAssertEqual(summary.totalParameters, 152_522, "Keras counts 152,522 for this model")
        XCTAssertTrue(summary.showsConnections)
        XCTAssertEqual(summary.rows.first?.layer, "input_layer (InputLayer)")
        let add = try XCTUnwrap(summary.rows.first { $0.layer == "residual_1 (Add, then relu)" })
        XCTAssertEqual(add.connectedTo, ["batch_normalization_4", "residual_1/shortcut_bn"])
        XCTAssertEqual(add.outputShape, [14, 14, 64])
        let shortcut = try XCTUnwrap(summary.rows.first { $0.layer == "residual_1/shortcut_conv (Conv2D)" })
        XCTAssertEqual(shortcut.connectedTo, ["max_pooling2d"])
        XCTAssertEqual(shortcut.parameters, 32 * 64 + 64)
        let identity = try XCTUnwrap(summary.rows.first { $0.layer == "residual (Add, then relu)" })
        XCTAssertEqual(identity.connectedTo, ["batch_normalization_2", "activation"])
        XCTAssertTrue(summary.text.contains("Connected to"))
        // A plain stack keeps the Sequential form.
        let plain = try Sequential([Flatten(), Dense(10, activation: .softmax)]).summary(inputShape: [4, 4, 1])
        XCTAssertFalse(plain.showsConnections)
        XCTAssertEqual(plain.rows.count, 2)
    }

    func testModelWithEveryBlockTrainsDeterministicallyAndRoundTripsThroughAModelFile() throws {
        func make() throws -> Sequential {
            try Sequential([
                Conv2D(4, kernel: 3, padding: .same, useBias: false), BatchNorm(), ActivationLayer(.relu),
                Residual(activation: .relu, [Conv2D(6, kernel: 3, stride: 2, padding: .same), BatchNorm()]),
                Concatenate([[Conv2D(2, kernel: 1, activation: .relu)], [MaxPool2D(1), Dropout(0.2)]]),
                GlobalAvgPool2D(), Dense(2), ActivationLayer(.softmax),
            ])
        }
        let data = SyntheticData.bars(count: 24, seed: 4)
        let first = try make()
        let history = try first.fit(x: data.0, y: data.1, options: FitOptions(epochs: 2, batchSize: 8, seed: 5))
        let second = try make()
        XCTAssertEqual(try second.fit(x: data.0, y: data.1, options: FitOptions(epochs: 2, batchSize: 8, seed: 5)).losses,
                       history.losses)
        XCTAssertEqual(try first.stateDict(), try second.stateDict())

        let url = FileManager.default.temporaryDirectory.appendingPathComponent("folio-blocks-\(UUID().uuidString).safetensors")
        defer { try? FileManager.default.removeItem(at: url) }
        try ModelFile.save(first, classNames: ["vertical", "horizontal"], inputShape: [8, 8, 1], to: url)
        let loaded = try ModelFile.load(from: url)
        XCTAssertEqual(loaded.model.modelDescription, first.modelDescription)
        XCTAssertEqual(try loaded.model.predictProbabilities(data.0), try first.predictProbabilities(data.0))
        let names = try loaded.model.stateDict().map(\.name)
        XCTAssertTrue(names.contains("residual/shortcut_conv/kernel"))
        XCTAssertFalse(names.contains("conv2d/bias"), "useBias: false saves no bias")
    }

    func testArchitecturesWrittenBeforeUseBiasStillDecode() throws {
        let old = #"{"conv2D":{"filters":2,"kernel":3,"stride":1,"padding":"valid","activation":"relu"}}"#
        let spec = try JSONDecoder().decode(LayerSpec.self, from: Data(old.utf8))
        let conv = try XCTUnwrap(try spec.makeLayer() as? Conv2D)
        XCTAssertTrue(conv.useBias)
    }
}
