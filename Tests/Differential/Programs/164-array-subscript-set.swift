var xs = [10, 20, 30]
xs[1] = 99
print(xs)
xs[0] += 1
print(xs)
// MARK: cell
var m = [[1, 2], [3, 4]]
m[1][1] = 0
m[0] = [7]
print(m)
