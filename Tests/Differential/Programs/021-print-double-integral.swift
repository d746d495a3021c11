print(100.0)
print(1e6)
print(123456.0)
print(Double(7))
// MARK: cell
print(3.0 * 2)
print(10.0 / 4)
print(Double(1) / Double(3))
