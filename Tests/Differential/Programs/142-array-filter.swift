let xs = [5, 12, 7, 20, 3]
print(xs.filter { $0 > 6 })
print(xs.filter { $0 > 100 })
// MARK: cell
let words = ["apple", "kiwi", "avocado"]
print(words.filter { $0.hasPrefix("a") })
