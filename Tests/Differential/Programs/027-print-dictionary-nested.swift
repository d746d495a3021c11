let m: [String: [Int]] = ["xs": [1, 2]]
print(m)
// MARK: cell
let n: [String: [String: Int]] = ["outer": ["inner": 1]]
print(n)
