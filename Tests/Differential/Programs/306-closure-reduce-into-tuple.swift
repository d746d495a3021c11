let xs = [3, 9, 2, 7]
let stats = xs.reduce((min: Int.max, max: Int.min)) { acc, x in
    (min(acc.min, x), max(acc.max, x))
}
// MARK: cell
print(stats)
print(stats.min, stats.max)
