let text = "42"
guard let n = Int(text) else { fatalError("not a number: \(text)") }
precondition(n > 0, "must be positive")
precondition(n < 100)
print(n * 2)
// MARK: cell
func parse(_ s: String) -> Int {
    guard let v = Int(s) else { fatalError() }
    return v
}
print(parse("7") + n)
