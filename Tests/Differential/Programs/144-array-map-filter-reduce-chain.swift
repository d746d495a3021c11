let result = (1...10).filter { $0 % 2 == 0 }.map { $0 * $0 }.reduce(0, +)
print(result)
// MARK: cell
let xs = [3, 8, 1, 9]
print(xs.map { $0 - 1 }.filter { $0 > 2 }.sorted())
