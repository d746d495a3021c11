let i: Int = 3
let d: Double = 3
let s: String = "s"
let flag: Bool = true
print(i, d, s, flag)
// MARK: cell
let xs: [Double] = [1, 2]
print(xs)
