print(-0.0)
print(0.0)
let zero = 0.0
print(-zero)
// MARK: cell
print(Double.infinity)
print(-Double.infinity)
print(Double.nan)
print(1.0 / zero)
print(-1.0 / zero)
