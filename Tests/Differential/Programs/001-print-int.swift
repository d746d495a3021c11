print(42)
print(-7)
print(0)
// MARK: cell
let big = 1_000_000
print(big)
print(big * 1000)
