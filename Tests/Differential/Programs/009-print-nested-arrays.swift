print([[1, 2], [3], []])
let grid = [[1.0, 2.0], [3.0, 4.0]]
print(grid)
// MARK: cell
print([["a"], ["b", "c"]])
print(grid[1])
print(grid[1][0])
