var board = Array(repeating: Array(repeating: ".", count: 3), count: 2)
board[0][1] = "x"
board[1][2] = "o"
// MARK: cell
print(board)
for row in board {
    print(row.joined())
}
