[1, 2, 3].forEach { print($0) }
// MARK: cell
var sum = 0
[4, 5].forEach { x in sum += x }
print(sum)
