let zeros = Array(repeating: 0, count: 4)
print(zeros)
let grid = Array(repeating: Array(repeating: 0.0, count: 2), count: 3)
print(grid)
// MARK: cell
var marks = Array(repeating: "-", count: 5)
marks[2] = "x"
print(marks)
print([String](repeating: "ab", count: 2))
