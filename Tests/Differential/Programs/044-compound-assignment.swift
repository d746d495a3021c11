var x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 2
print(x)
x /= 5
print(x)
x %= 3
print(x)
// MARK: cell
var y = 1.5
y *= 4
y /= 3
print(y)
