print(abs(-5), abs(5), abs(0))
print(abs(-2.5), abs(2.5))
// MARK: cell
print(abs(-0.0))
print(abs(Int.min + 1))
