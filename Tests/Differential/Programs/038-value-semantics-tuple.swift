var p = (x: 1, y: 2)
let q = p
p.x = 10
print(p, q)
// MARK: cell
var list = [p, q]
list[0].y = 20
print(list, p)
