func gcd(_ a: Int, _ b: Int) -> Int {
    b == 0 ? a : gcd(b, a % b)
}
print(gcd(48, 18))
print(gcd(17, 5))
// MARK: cell
func lcm(_ a: Int, _ b: Int) -> Int { a / gcd(a, b) * b }
print(lcm(4, 6))
