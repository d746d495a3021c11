func score(_ rate: Double) -> Double {
    let best = 0.05
    return 1.0 - abs(rate - best) * 4
}
// MARK: cell
let rates = [0.001, 0.01, 0.05, 0.1]
var results: [Double: Double] = [:]
for r in rates {
    results[r] = score(r)
}
// MARK: cell
for r in results.keys.sorted() {
    print(String(format: "rate %.3f -> %.4f", r, results[r]!))
}
let bestRate = results.max { $0.value < $1.value }!.key
print("best:", bestRate)
