let xs = [1, 2, 3, 4]
print(xs.map { $0 * 100 })
print(xs.filter { $0 % 2 == 0 })
// MARK: cell
print(xs.reduce(0) { $0 + $1 })
print(xs.sorted { $0 > $1 })
