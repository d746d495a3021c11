let flag = false
print("flag: \(flag)")
print("tuple: \((1, "a"))")
// MARK: cell
let words = ["x", "y"]
print("words: \(words)")
print("dict: \(["k": 2])")
print("inf: \(Double.infinity) nan: \(Double.nan)")
