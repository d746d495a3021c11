let xs = [1, 2, 3]
let none: [String] = []
print(xs.count, none.count)
print(xs.isEmpty, none.isEmpty)
// MARK: cell
print(xs.first, xs.last)
print(none.first, none.last)
