let xs = [3, 1, 2]
let doubled = xs.map({ x in x * 2 })
print(doubled)
// MARK: cell
let strs = xs.map { x in "n\(x)" }
print(strs)
