func total(_ xs: [Int]) -> Int {
    if xs.isEmpty { return 0 }
    return xs[0] + total(Array(xs.dropFirst()))
}
// MARK: cell
print(total([1, 2, 3, 4]))
