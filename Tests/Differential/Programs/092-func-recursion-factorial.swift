func factorial(_ n: Int) -> Int {
    if n <= 1 { return 1 }
    return n * factorial(n - 1)
}
// MARK: cell
print(factorial(5))
print(factorial(20))
