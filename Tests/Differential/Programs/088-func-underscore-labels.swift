func add(_ a: Int, _ b: Int) -> Int {
    a + b
}
print(add(2, 3))
// MARK: cell
func scale(_ value: Double, by factor: Double) -> Double {
    value * factor
}
print(scale(4, by: 0.5))
