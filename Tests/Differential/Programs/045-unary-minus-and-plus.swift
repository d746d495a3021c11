let a = 5
print(-a, +a, -(-a))
let b = -2.5
print(-b)
// MARK: cell
print(-a * -a)
print(-(a + 1))
