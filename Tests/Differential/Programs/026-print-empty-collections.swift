let a: [String] = []
let b: [[Int]] = []
let c: [Int: Int] = [:]
print(a, b, c)
// MARK: cell
let d = [[Int]](repeating: [], count: 2)
print(d)
