let xs = [1, 2, 3]
print("count=\(xs.count) sum=\(xs.reduce(0, +)) first=\(xs[0])")
// MARK: cell
print("ok: \(xs.count > 2 ? "yes" : "no")")
print("\(1 + 1)\(2 * 2)")
