let xs = [1.5, 2.5, 3.0]
print(xs.reduce(0, +))
print(xs.reduce(0.0) { $0 + $1 * $1 })
// MARK: cell
let words = ["a", "b", "c"]
print(words.reduce("") { $0 + $1 })
print([Int]().reduce(0, +))
