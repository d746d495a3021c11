var grid = [[0, 0], [0, 0]]
let snapshot = grid
grid[0][1] = 5
print(grid)
print(snapshot)
// MARK: cell
var row = grid[1]
row.append(9)
print(row, grid[1])
