print("abc" == "abc", "abc" < "abd", "Z" < "a")
print("apple".compare("banana") == .orderedAscending)
// MARK: cell
print(["b", "A", "a"].sorted())
