let pair = (1, 2)
let p: (x: Int, y: Int) = pair
print(p, p.x)
var q: (a: Double, b: String) = (1, "s")
q.b = "t"
print(q)
// MARK: cell
for e in ["a"].enumerated() { print(e) }
let d = ["k": 1]
for kv in d { print(kv, kv.key) }
func f() -> (n: Int, s: String) { let t = (3, "x"); return t }
print(f(), [f()])
