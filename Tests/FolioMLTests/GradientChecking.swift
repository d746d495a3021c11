import XCTest
@testable import FolioML

/// Finite-difference checks: the loss is L = Σ output · R for a fixed random R, so dL/dOutput = R.
enum GradientChecking {
    static func randomTensor(_ shape: [Int], seed: UInt64, scale: Double = 1) -> Tensor {
        var generator = SeededGenerator(seed: seed)
        let count = shape.reduce(1, *)
        return Tensor(uncheckedShape: shape, storage: (0..<count).map { _ in Float(generator.nextNormal() * scale) })
    }

    static func weightedSum(_ output: Tensor, _ weights: Tensor) -> Double {
        zip(output.storage, weights.storage).reduce(0.0) { $0 + Double($1.0) * Double($1.1) }
    }

    /// Checks input and parameter gradients of `layer` (already built) at `input`.
    /// `prepare` runs before every forward pass (e.g. to reset a dropout mask).
    static func check(_ layer: Layer, input: Tensor, file: StaticString = #filePath, line: UInt = #line,
                      prepare: () -> Void = {}) throws {
        prepare()
        let output = try layer.forward(input, training: true)
        let upstream = randomTensor(output.shape, seed: 99)
        guard let inputGradient = try layer.backward(upstream, needsInputGradient: true) else {
            XCTFail("no input gradient", file: file, line: line)
            return
        }
        let analyticParameters = layer.parameters.filter(\.trainable).map(\.gradient)
        let epsilon: Float = 1e-2

        func loss(_ x: Tensor) throws -> Double {
            prepare()
            return weightedSum(try layer.forward(x, training: true), upstream)
        }

        var checked = 0
        for index in sampledIndices(input.count) {
            var plus = input
            plus.storage[index] += epsilon
            var minus = input
            minus.storage[index] -= epsilon
            let numeric = (try loss(plus) - loss(minus)) / Double(2 * epsilon)
            assertClose(Double(inputGradient.storage[index]), numeric, what: "\(layer.name) input[\(index)]", file: file, line: line)
            checked += 1
        }
        for (parameterIndex, parameter) in layer.parameters.filter(\.trainable).enumerated() {
            for index in sampledIndices(parameter.count) {
                let original = parameter.value[index]
                parameter.value[index] = original + epsilon
                let up = try loss(input)
                parameter.value[index] = original - epsilon
                let down = try loss(input)
                parameter.value[index] = original
                let numeric = (up - down) / Double(2 * epsilon)
                assertClose(Double(analyticParameters[parameterIndex][index]), numeric,
                            what: "\(parameter.name)[\(index)]", file: file, line: line)
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 0, file: file, line: line)
    }

    static func sampledIndices(_ count: Int) -> [Int] {
        if count <= 40 { return Array(0..<count) }
        var generator = SeededGenerator(seed: UInt64(count))
        return (0..<40).map { _ in generator.nextInt(below: count) }
    }

    static func assertClose(_ analytic: Double, _ numeric: Double, what: String,
                            file: StaticString, line: UInt) {
        let tolerance = 2e-2 * max(1, abs(analytic), abs(numeric))
        XCTAssertEqual(analytic, numeric, accuracy: tolerance, "\(what): analytic \(analytic) vs numeric \(numeric)",
                       file: file, line: line)
    }
}
