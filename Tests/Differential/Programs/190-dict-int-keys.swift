var squares: [Int: Int] = [:]
for i in 1...5 {
    squares[i] = i * i
}
print(squares[3]!, squares[6] == nil)
print(squares.keys.sorted())
// MARK: cell
print(squares.values.sorted(by: >))
