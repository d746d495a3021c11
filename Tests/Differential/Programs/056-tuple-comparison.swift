print((1, 2) < (1, 3))
print((2, "a") > (1, "z"))
print((1, 2) == (1, 2))
// MARK: cell
let t = (3, 4)
print(t == (3, 4), t != (4, 3))
