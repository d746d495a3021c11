print((1, 2))
print((1, "one", 1.0, true))
// MARK: cell
let point = (x: 3, y: 4)
print(point)
print(point.x, point.y)
print(point.0)
