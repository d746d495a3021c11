import FolioData
import FolioML
import Foundation

/// The four standard MNIST IDX files of a folder, as [N, 28, 28, 1] tensors scaled to [0, 1].
/// Loaded with FolioData, the same reader notebooks use, so the benchmark also times it.
struct MNIST {
    let trainImages: Tensor
    let trainLabels: [Int]
    let testImages: Tensor
    let testLabels: [Int]

    static func load(directory: String) throws -> MNIST {
        let train = try Dataset.mnist(directory, split: .train).normalized()
        let test = try Dataset.mnist(directory, split: .test).normalized()
        return MNIST(trainImages: try tensor(train), trainLabels: train.labels,
                     testImages: try tensor(test), testLabels: test.labels)
    }

    private static func tensor(_ data: Dataset) throws -> Tensor {
        try Tensor(shape: [data.count] + data.imageShape, storage: data.pixels)
    }
}
