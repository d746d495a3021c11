let xs = [1, 2, 3]
print(xs.contains(2), xs.contains(5))
print(xs.contains { $0 > 2 })
print(xs.contains(where: { $0 < 0 }))
// MARK: cell
print(["x", "y"].contains("y"))
