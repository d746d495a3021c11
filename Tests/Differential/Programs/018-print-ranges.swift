print(1...3)
print(0..<5)
let r = 2..<4
print(r)
// MARK: cell
print(r.count)
print(r.lowerBound, r.upperBound)
print((1...3).contains(3))
