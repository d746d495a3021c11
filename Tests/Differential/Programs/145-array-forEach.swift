let xs = ["x", "y"]
xs.forEach { print("item", $0) }
// MARK: cell
var total = 0
(1...4).forEach { total += $0 }
print(total)
