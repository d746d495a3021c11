let name = "Ada"
let age = 36
print("\(name) is \(age)")
print("next year: \(age + 1)")
// MARK: cell
let ratio = 0.1 + 0.2
print("ratio = \(ratio)")
print("list = \([1, 2])")
print("nested \("inner \(age)")")
