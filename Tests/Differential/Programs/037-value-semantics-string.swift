var s = "abc"
let t = s
s += "d"
print(s, t)
// MARK: cell
var u = t
u = u.uppercased()
print(t, u)
