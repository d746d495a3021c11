print(Double("3.5"))
print(Double("x"))
print(Double("1e3"))
print(Double("-0.25"))
// MARK: cell
print(Double("42"))
print(Double(""))
