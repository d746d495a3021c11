func power(_ base: Int, exponent: Int = 2) -> Int {
    var result = 1
    for _ in 0..<exponent {
        result *= base
    }
    return result
}
print(power(3))
print(power(3, exponent: 3))
// MARK: cell
func label(_ text: String, prefix: String = "[", suffix: String = "]") -> String {
    prefix + text + suffix
}
print(label("a"))
print(label("b", suffix: ">"))
print(label("c", prefix: "<", suffix: ">"))
