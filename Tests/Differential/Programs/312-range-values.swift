let unit = 0.0...1.0
print(unit, unit.contains(0.25), unit.contains(1.5))
let letters = "a"..."f"
print(letters, letters.contains("c"), letters.contains("z"))
let r: Range<Int> = 2..<6
print(r, r.isEmpty, (3..<3).isEmpty, r == 2..<6, r == 2..<7)
print("range \(r) of \(r.count)")
print([1...2, 4...5], (0..<2, "x"))
// MARK: cell
let xs = [10, 20, 30, 40, 50]
print(xs[r.lowerBound..<4], xs[1...2])
let window = 1..<3
print(xs[window])
print(1...9 ~= 5, 0..<5 ~= 5, unit ~= 0.5)
var total = 0
for i in r { total += i }
print(total)
// MARK: cell
print((1...4).map { $0 * $0 }, (0..<10).filter { $0 % 3 == 0 }, (1...5).reduce(0, +))
print(Array((0..<4).reversed()), (1...3).contains(where: { $0 > 2 }))
func grade(_ score: Int) -> String {
    let pass = 50...100
    switch score {
    case pass: return "pass"
    default: return "fail"
    }
}
print(grade(72), grade(12))
