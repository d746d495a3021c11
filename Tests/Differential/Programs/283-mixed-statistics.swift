let xs = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]
let mean = xs.reduce(0, +) / Double(xs.count)
let variance = xs.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(xs.count)
print(mean, variance, variance.squareRoot())
// MARK: cell
let sortedXs = xs.sorted()
let median = (sortedXs[3] + sortedXs[4]) / 2
print(median)
