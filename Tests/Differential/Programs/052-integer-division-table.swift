let dividends = [-7, -6, 6, 7]
let divisors = [-3, 3]
// MARK: cell
for a in dividends {
    for b in divisors {
        print(a, b, a / b, a % b)
    }
}
