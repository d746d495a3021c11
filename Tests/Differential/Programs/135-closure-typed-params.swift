let f = { (a: Double, b: Double) -> Double in (a * a + b * b).squareRoot() }
// MARK: cell
print(f(3, 4))
