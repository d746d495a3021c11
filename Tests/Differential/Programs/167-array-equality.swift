print([1, 2] == [1, 2])
print([1, 2] == [2, 1])
print(["a"] != ["b"])
// MARK: cell
print([[1], [2]] == [[1], [2]])
