let v = 3.14159
print((v * 100).rounded() / 100)
// MARK: cell
print((v * 1000).rounded() / 1000)
print(Int(v.rounded()))
