func cube(_ x: Double) -> Double { x * x * x }
func describe(_ b: Bool) -> String { b ? "yes" : "no" }
// MARK: cell
print(cube(1.5))
print(describe(true), describe(false))
