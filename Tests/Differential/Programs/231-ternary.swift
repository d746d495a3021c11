let n = 7
print(n % 2 == 0 ? "even" : "odd")
let bigger = n > 5 ? n : 5
print(bigger)
// MARK: cell
let x = 2.5
print(x < 0 ? -x : x)
print(n > 10 ? "big" : n > 5 ? "medium" : "small")
