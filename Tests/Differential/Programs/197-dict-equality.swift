let a = ["x": 1, "y": 2]
let b = ["y": 2, "x": 1]
// MARK: cell
print(a == b)
print(a == ["x": 1])
