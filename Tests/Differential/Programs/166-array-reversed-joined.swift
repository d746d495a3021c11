let xs = [1, 2, 3]
print(Array(xs.reversed()))
print(["a", "b", "c"].joined())
print(["a", "b", "c"].joined(separator: ", "))
// MARK: cell
print(xs.map(String.init).joined(separator: "+"))
