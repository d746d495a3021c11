print(Int("42"))
print(Int("-7"))
print(Int("x"))
print(Int(""))
// MARK: cell
print(Int(" 5"))
print(Int("3.5"))
print(Int("+8"))
