var grid = Array(repeating: Array(repeating: 0, count: 3), count: 3)
for r in 0..<3 {
    for c in 0..<3 {
        grid[r][c] = r * 3 + c
    }
}
print(grid)
// MARK: cell
for row in grid {
    print(row.map { String($0) }.joined(separator: " "))
}
