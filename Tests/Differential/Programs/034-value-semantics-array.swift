var original = [1, 2, 3]
var copy = original
copy.append(4)
copy[0] = 100
print(original)
print(copy)
// MARK: cell
original.removeAll()
print(original, copy)
