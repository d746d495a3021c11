let evens = Array(stride(from: 0, to: 10, by: 2))
print(evens)
let down = Array(stride(from: 3, through: 1, by: -1))
print(down)
// MARK: cell
print(Array(stride(from: 0.0, to: 1.0, by: 0.3)))
