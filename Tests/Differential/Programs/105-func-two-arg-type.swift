func combine(_ a: Int, _ b: Int, with f: (Int, Int) -> Int) -> Int {
    f(a, b)
}
// MARK: cell
func mul(_ a: Int, _ b: Int) -> Int { a * b }
print(combine(6, 7, with: mul))
print(combine(6, 7, with: +))
print(combine(6, 7, with: -))
