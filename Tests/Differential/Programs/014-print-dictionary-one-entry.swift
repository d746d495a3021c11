print(["a": 1])
let scores: [String: Double] = ["ann": 9.5]
print(scores)
// MARK: cell
let empty: [String: Int] = [:]
print(empty)
let byNumber = [1: "one"]
print(byNumber)
