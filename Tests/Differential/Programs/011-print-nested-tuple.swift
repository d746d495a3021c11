let pair = (1, (2, 3))
print(pair)
print(pair.1)
print(pair.1.0)
// MARK: cell
let mixed = ([1, 2], "list")
print(mixed)
