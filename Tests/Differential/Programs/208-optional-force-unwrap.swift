let n: Int? = 5
print(n! + 1)
// MARK: cell
let d = ["k": 2.5]
print(d["k"]! * 2)
