print(Int.max)
print(Int.min)
print(Int.max == 9223372036854775807)
// MARK: cell
let bound = Int.max
print(bound / 1_000_000_000)
