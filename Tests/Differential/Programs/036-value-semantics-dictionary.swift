var first = ["k": 1]
var second = first
second["k"] = 2
print(first, second)
// MARK: cell
second["k"] = nil
print(first, second)
