print(1, 2, 3)
print("a", 1, 2.5, true)
print()
// MARK: cell
print("x", "y", separator: "-")
print(1, 2, 3, separator: ", ")
print("no newline", terminator: "")
print(" then more")
