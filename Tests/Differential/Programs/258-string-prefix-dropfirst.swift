let word = "notebook"
print(word.prefix(4))
print(word.suffix(4))
print(String(word.dropFirst(3)))
print(String(word.dropLast(4)))
// MARK: cell
print(String(word.reversed()))
