print(Double(Int.max))
print(100000000000000000.0)
print(12345678.9)
print(1e100)
// MARK: cell
print(Double(9_007_199_254_740_992))
print(0.1 * 0.1)
print(1.0 - 0.9)
