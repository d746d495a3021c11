let xs = [3, -1, 4, -5]
print(xs.map { $0 < 0 ? 0 : $0 })
// MARK: cell
let label = xs.count > 3 ? "long" : "short"
print("list is " + label)
