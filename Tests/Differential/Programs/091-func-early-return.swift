func firstNegative(_ xs: [Int]) -> Int {
    for x in xs {
        if x < 0 {
            return x
        }
    }
    return 0
}
// MARK: cell
print(firstNegative([3, -2, -5]))
print(firstNegative([1, 2]))
