func counterPair() -> (() -> Int, () -> Int) {
    var n = 0
    let up = { () -> Int in n += 1; return n }
    let down = { () -> Int in n -= 1; return n }
    return (up, down)
}
// MARK: cell
let (up, down) = counterPair()
print(up(), up(), down(), up())
