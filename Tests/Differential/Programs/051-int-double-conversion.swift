print(Int(3.9), Int(-3.9), Int(0.5))
print(Double(3), Double(-2))
// MARK: cell
let count = 7
let half = Double(count) / 2
print(half)
print(Int(half * 2))
