func twice(_ x: Int) -> Int { x * 2 }
func negate(_ x: Int) -> Int { -x }
let op: (Int) -> Int = twice
print(op(5))
// MARK: cell
var chosen: (Int) -> Int = twice
chosen = negate
print(chosen(5))
