let t = true
let f = false
print(t && f, t || f, !t)
print(t && !f || f)
// MARK: cell
let n = 5
print(n > 0 && n < 10)
print(n < 0 || n % 5 == 0)
