let xs = [4, -2, 9]
print(xs.min())
print(xs.max())
// MARK: cell
let none: [Double] = []
print(none.max())
