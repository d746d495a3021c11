func sumOfSquares(_ xs: [Int]) -> Int {
    func sq(_ x: Int) -> Int { x * x }
    var total = 0
    for x in xs {
        total += sq(x)
    }
    return total
}
// MARK: cell
print(sumOfSquares([1, 2, 3]))
