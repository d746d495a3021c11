let a = "foo"
let b = "bar"
print(a + b)
print(a + " " + b)
// MARK: cell
var c = a
c += b
c += "!"
print(c)
