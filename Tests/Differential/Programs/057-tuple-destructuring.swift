let (a, b) = (1, 2)
print(a, b)
let (x, _) = ("kept", "dropped")
print(x)
// MARK: cell
var (p, q) = (10, 20)
(p, q) = (q, p)
print(p, q)
