import FolioML
import Foundation

/// The four standard MNIST IDX files of a folder, as [N, 28, 28, 1] tensors scaled to [0, 1].
struct MNIST {
    let trainImages: Tensor
    let trainLabels: [Int]
    let testImages: Tensor
    let testLabels: [Int]

    static func load(directory: String) throws -> MNIST {
        func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }
        return MNIST(
            trainImages: try images(path("train-images-idx3-ubyte.gz")),
            trainLabels: try labels(path("train-labels-idx1-ubyte.gz")),
            testImages: try images(path("t10k-images-idx3-ubyte.gz")),
            testLabels: try labels(path("t10k-labels-idx1-ubyte.gz")))
    }

    private static func bigEndian(_ bytes: [UInt8], _ offset: Int) -> Int {
        bytes[offset..<(offset + 4)].reduce(0) { $0 << 8 | Int($1) }
    }

    static func images(_ path: String) throws -> Tensor {
        let bytes = try GzipFile.read(path)
        guard bytes.count >= 16, bigEndian(bytes, 0) == 0x0803 else {
            throw GzipFile.ReadError(description: "\(path) is not an IDX image file")
        }
        let (count, rows, columns) = (bigEndian(bytes, 4), bigEndian(bytes, 8), bigEndian(bytes, 12))
        guard bytes.count == 16 + count * rows * columns else {
            throw GzipFile.ReadError(description: "\(path) is truncated")
        }
        let values = bytes[16...].map { Float($0) / 255 }
        return try Tensor(shape: [count, rows, columns, 1], storage: values)
    }

    static func labels(_ path: String) throws -> [Int] {
        let bytes = try GzipFile.read(path)
        guard bytes.count >= 8, bigEndian(bytes, 0) == 0x0801, bytes.count == 8 + bigEndian(bytes, 4) else {
            throw GzipFile.ReadError(description: "\(path) is not an IDX label file")
        }
        return bytes[8...].map { Int($0) }
    }
}
