print(Int.max)
print(Int.min)
// MARK: cell
print(Int.max - 1)
print(Int.min + 1)
print(Int.max / 2)
