let a: Int? = nil
let b: Int? = 4
print(a ?? 0, b ?? 0)
print(a ?? b ?? -1)
// MARK: cell
print(Int("12") ?? 0 + 1)
print((Int("x") ?? 0) + 1)
