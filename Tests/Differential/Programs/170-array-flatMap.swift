let nested = [[1, 2], [3], []]
print(nested.flatMap { $0 })
// MARK: cell
print([1, 2].flatMap { [$0, $0 * 10] })
