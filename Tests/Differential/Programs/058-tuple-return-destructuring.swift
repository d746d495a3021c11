func divide(_ a: Int, _ b: Int) -> (quotient: Int, remainder: Int) {
    return (a / b, a % b)
}
let result = divide(17, 5)
print(result)
print(result.quotient, result.remainder)
// MARK: cell
let (qq, rr) = divide(-17, 5)
print(qq, rr)
