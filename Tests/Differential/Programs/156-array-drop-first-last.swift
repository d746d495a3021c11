let xs = [1, 2, 3, 4, 5]
print(Array(xs.dropFirst()))
print(Array(xs.dropLast()))
print(Array(xs.dropFirst(2)))
print(Array(xs.dropLast(3)))
// MARK: cell
print(xs.dropFirst(10).isEmpty)
print(xs)
