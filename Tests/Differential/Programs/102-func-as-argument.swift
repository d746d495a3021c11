func apply(_ f: (Int) -> Int, to x: Int) -> Int {
    f(x)
}
func inc(_ x: Int) -> Int { x + 1 }
print(apply(inc, to: 41))
// MARK: cell
func applyTwice(_ f: (Double) -> Double, _ x: Double) -> Double {
    f(f(x))
}
func half(_ x: Double) -> Double { x / 2 }
print(applyTwice(half, 10))
