var total = 0.0
for i in 1...10 {
    total += 1.0 / Double(i)
}
print(total)
// MARK: cell
var product = 1.0
for _ in 0..<10 {
    product *= 1.1
}
print(product)
