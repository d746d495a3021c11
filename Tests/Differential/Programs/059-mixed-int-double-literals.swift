let d: Double = 1
print(d + 2)
print(d / 4)
let e = 3 * 0.5
print(e)
// MARK: cell
print(2 * Double.pi)
