print([1.5, 2.0, 0.1 + 0.2])
print(["a", "b", "c"])
// MARK: cell
print(["with space", "quote\"d"])
print([true, false])
