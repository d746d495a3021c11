print([5, 2, 9, 1].sorted())
print(["pear", "apple", "fig"].sorted())
print([2.5, -1.0, 0.0].sorted())
// MARK: cell
let xs = [3, 1, 2]
let ys = xs.sorted()
print(xs, ys)
