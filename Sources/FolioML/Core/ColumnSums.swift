/// Per-column sums of a row-major [rows, width] matrix (bias gradients, batch statistics).
/// Rows are split across the two cores into fixed halves and combined in order: deterministic.
enum ColumnSums {
    static func compute(_ values: UnsafePointer<Float>, rows: Int, width: Int,
                        into result: UnsafeMutablePointer<Float>) {
        result.update(repeating: 0, count: width)
        guard rows > 0, width > 0 else { return }
        if rows * width < 131_072 {
            for row in 0..<rows {
                let base = values + row * width
                for column in 0..<width { result[column] += base[column] }
            }
            return
        }
        let partial = UnsafeMutablePointer<Float>.allocate(capacity: 2 * width)
        defer { partial.deallocate() }
        partial.initialize(repeating: 0, count: 2 * width)
        let half = (rows + 1) / 2
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            let sums = partial + worker * width
            let start = worker * half
            let end = min(rows, start + half)
            if start >= end { return }
            for row in start..<end {
                let base = values + row * width
                for column in 0..<width { sums[column] += base[column] }
            }
        }
        for column in 0..<width { result[column] = partial[column] + partial[width + column] }
    }
}

import Dispatch
