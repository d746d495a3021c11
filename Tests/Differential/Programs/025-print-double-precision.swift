print(3.141592653589793)
print(2.718281828459045)
print(1.0 / 7.0)
// MARK: cell
print(0.1 * 3)
print(1.1 * 1.1)
print(100.0 / 3.0)
