func minMax(_ xs: [Int]) -> (min: Int, max: Int) {
    var lo = xs[0]
    var hi = xs[0]
    for x in xs {
        if x < lo { lo = x }
        if x > hi { hi = x }
    }
    return (lo, hi)
}
// MARK: cell
let bounds = minMax([5, 3, 9, 1])
print(bounds)
print(bounds.min, bounds.max)
