let xs = [10, 20, 30, 40, 50]
print(Array(xs[1...3]))
print(Array(xs[..<2]))
print(Array(xs[3...]))
// MARK: cell
let middle = xs[1..<4]
print(middle.count, middle.first!)
