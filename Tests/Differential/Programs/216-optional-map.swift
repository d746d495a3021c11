let s: String? = "12"
let n = s.flatMap { Int($0) }
// MARK: cell
print(n)
let len = s.map { $0.count }
print(len)
