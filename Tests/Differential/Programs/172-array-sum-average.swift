let xs = [2.0, 3.0, 7.0]
let sum = xs.reduce(0, +)
let average = sum / Double(xs.count)
print(sum, average)
// MARK: cell
let ints = [1, 2, 3, 4]
print(Double(ints.reduce(0, +)) / Double(ints.count))
