func describe(_ n: Int) -> String {
    switch n {
    case let x where x < 0:
        return "negative \(x)"
    case let x where x % 2 == 0:
        return "even \(x)"
    default:
        return "odd"
    }
}
// MARK: cell
print(describe(-3), describe(4), describe(5))
