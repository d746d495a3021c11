func f(_ x: Double) -> Double { (x - 3) * (x - 3) }
func derivative(_ x: Double) -> Double { 2 * (x - 3) }
var x = 0.0
// MARK: cell
for step in 1...50 {
    x -= 0.1 * derivative(x)
    if step % 10 == 0 {
        print(step, String(format: "%.6f", x), String(format: "%.2e", f(x)))
    }
}
