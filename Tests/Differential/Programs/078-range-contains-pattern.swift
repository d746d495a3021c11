let score = 72
print((70..<80).contains(score))
print((0...50).contains(score))
// MARK: cell
let temp = 0.5
print((0.0...1.0).contains(temp))
