let grid = [[1, 2], [3, 4]]
print(grid.map { row in row.map { $0 * 2 } })
print(grid.map { $0.reduce(0, +) })
// MARK: cell
let transposed = (0..<2).map { c in grid.map { $0[c] } }
print(transposed)
