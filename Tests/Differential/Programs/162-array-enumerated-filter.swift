let xs = [5, 8, 2, 9]
// MARK: cell
let bigIndices = xs.enumerated().filter { $0.element > 4 }.map { $0.offset }
print(bigIndices)
