func square(_ x: Int) -> Int { x * x }
let f: (Int) -> Int = square
// MARK: cell
let g = { (x: Int) in x * x }
print((1...5).map(f) == (1...5).map(g))
print((1...5).map(f))
