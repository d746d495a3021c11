print(Array(1...4))
print(Array(0..<0))
// MARK: cell
let r = 3...6
print(r.contains(5), r.contains(7))
print(r.lowerBound, r.upperBound, r.count)
