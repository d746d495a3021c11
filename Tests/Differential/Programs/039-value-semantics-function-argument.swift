func appended(_ xs: [Int]) -> [Int] {
    var copy = xs
    copy.append(0)
    return copy
}
// MARK: cell
let base = [1, 2]
print(appended(base))
print(base)
