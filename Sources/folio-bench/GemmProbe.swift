import FolioML
import Foundation

/// Measures sgemm throughput on the conv2 shapes, to tell kernel speed from overheads.
enum GemmProbe {
    static func run() throws {
        let a = Tensor(zeros: [15_488, 288])
        let b = Tensor(zeros: [288, 64])
        for _ in 0..<2 { _ = try MatrixProduct.multiply(a, b) }
        let started = Date()
        let repeats = 20
        for _ in 0..<repeats { _ = try MatrixProduct.multiply(a, b) }
        let seconds = Date().timeIntervalSince(started)
        let flops = 2.0 * 15_488 * 288 * 64 * Double(repeats)
        print("sgemm 15488x288 · 288x64: \(String(format: "%.1f", flops / seconds / 1e9)) GFLOP/s")
    }
}
