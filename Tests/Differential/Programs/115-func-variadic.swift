func sum(_ xs: Int...) -> Int {
    var t = 0
    for x in xs { t += x }
    return t
}
// MARK: cell
print(sum())
print(sum(1, 2, 3))
