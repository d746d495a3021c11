print(min(3, 7), max(3, 7))
print(min(2.5, -1.0), max(2.5, -1.0))
print(min(4, 2, 8), max(4, 2, 8))
// MARK: cell
print(min("b", "a"), max("b", "a"))
print(max(1, 2.5))
