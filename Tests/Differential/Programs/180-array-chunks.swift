let xs = Array(1...7)
var chunks: [[Int]] = []
for start in stride(from: 0, to: xs.count, by: 3) {
    let end = min(start + 3, xs.count)
    chunks.append(Array(xs[start..<end]))
}
// MARK: cell
print(chunks)
