let xs = [1, 2, 3, 4, 5]
print(Array(xs.prefix(2)))
print(Array(xs.suffix(2)))
print(Array(xs.prefix(10)))
// MARK: cell
print(xs.prefix(3))
print(xs.suffix(0))
