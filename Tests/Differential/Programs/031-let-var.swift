let a = 1
var b = 2
b = b + a
print(a, b)
// MARK: cell
b += 10
print(b)
var text = "x"
text += "y"
print(text)
