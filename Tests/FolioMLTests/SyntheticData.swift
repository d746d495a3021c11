@testable import FolioML

/// Small, seeded data sets for learning tests.
enum SyntheticData {
    /// `classes` Gaussian blobs in `dimensions` dimensions, centres far apart: linearly separable.
    static func blobs(count: Int, classes: Int, dimensions: Int, seed: UInt64, spread: Double = 0.5) -> (Tensor, [Int]) {
        var generator = SeededGenerator(seed: seed)
        var centres: [[Double]] = []
        for _ in 0..<classes { centres.append((0..<dimensions).map { _ in generator.nextNormal() * 4 }) }
        var values: [Float] = []
        var labels: [Int] = []
        for index in 0..<count {
            let label = index % classes
            labels.append(label)
            for d in 0..<dimensions { values.append(Float(centres[label][d] + generator.nextNormal() * spread)) }
        }
        return (Tensor(uncheckedShape: [count, dimensions], storage: values), labels)
    }

    /// XOR: four noisy clusters, opposite corners share a class. Not linearly separable.
    static func xor(count: Int, seed: UInt64) -> (Tensor, [Int]) {
        var generator = SeededGenerator(seed: seed)
        var values: [Float] = []
        var labels: [Int] = []
        for index in 0..<count {
            let a = index % 2, b = (index / 2) % 2
            values.append(Float(Double(a * 2 - 1) + generator.nextNormal() * 0.2))
            values.append(Float(Double(b * 2 - 1) + generator.nextNormal() * 0.2))
            labels.append(a ^ b)
        }
        return (Tensor(uncheckedShape: [count, 2], storage: values), labels)
    }

    /// 8×8 single-channel images: class 0 has a bright vertical bar, class 1 a horizontal one.
    static func bars(count: Int, seed: UInt64) -> (Tensor, [Int]) {
        var generator = SeededGenerator(seed: seed)
        var values: [Float] = []
        var labels: [Int] = []
        for index in 0..<count {
            let label = index % 2
            let position = 1 + generator.nextInt(below: 6)
            for y in 0..<8 {
                for x in 0..<8 {
                    let onBar = label == 0 ? x == position : y == position
                    values.append((onBar ? 1 : 0) + Float(generator.nextUniformDouble() * 0.2))
                }
            }
            labels.append(label)
        }
        return (Tensor(uncheckedShape: [count, 8, 8, 1], storage: values), labels)
    }
}
