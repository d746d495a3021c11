let xs = [1, 2, 3]
print(xs.map { $0 * $0 })
print(xs.map { Double($0) / 2 })
// MARK: cell
print(xs.map { String($0) })
print(["a", "bb"].map { $0.count })
