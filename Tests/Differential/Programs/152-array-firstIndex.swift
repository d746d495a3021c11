let xs = ["a", "b", "c", "b"]
print(xs.firstIndex(of: "b"))
print(xs.firstIndex(of: "z"))
// MARK: cell
print(xs.firstIndex { $0 > "a" })
print(xs.lastIndex(of: "b"))
