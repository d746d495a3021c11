let describe = { (n: Int) -> String in
    if n < 0 { return "neg" }
    let kind = n % 2 == 0 ? "even" : "odd"
    return "\(kind) \(n)"
}
// MARK: cell
print(describe(-1), describe(4), describe(7))
