func inc(_ x: Int) -> Int { x + 1 }
func dbl(_ x: Int) -> Int { x * 2 }
let steps: [(Int) -> Int] = [inc, dbl, inc]
var value = 3
for step in steps {
    value = step(value)
}
// MARK: cell
print(value)
