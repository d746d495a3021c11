var xs = [1, 2, 3]
xs.swapAt(0, 2)
print(xs)
// MARK: cell
var ys = ["a", "b"]
let tmp = ys[0]
ys[0] = ys[1]
ys[1] = tmp
print(ys)
