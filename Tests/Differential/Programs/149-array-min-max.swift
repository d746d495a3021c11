let xs = [4, -2, 9, 0]
print(xs.min() ?? 0, xs.max() ?? 0)
print(xs.min()!, xs.max()!)
// MARK: cell
let empty: [Int] = []
print(empty.min() == nil)
print(empty.max() ?? -1)
