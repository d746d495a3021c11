func classify(_ n: Int) -> String {
    if n < 0 {
        return "negative"
    } else if n == 0 {
        return "zero"
    } else if n < 10 {
        return "small"
    } else {
        return "large"
    }
}
// MARK: cell
for n in [-5, 0, 3, 42] {
    print(n, classify(n))
}
