let m = Int.max
print(m - 1 + 1 == m)
print(Int.min / 2)
print(Int.max % 10)
// MARK: cell
print(Int.max > 9_000_000_000_000_000_000)
