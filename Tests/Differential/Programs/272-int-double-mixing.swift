let count = 3
let total = 7.5
// MARK: cell
print(total / Double(count))
print(Int(total) / count)
print(Double(count) * 0.1)
