func safeDivide(_ a: Double, _ b: Double) -> Double? {
    guard b != 0 else {
        return nil
    }
    return a / b
}
// MARK: cell
print(safeDivide(1, 4))
print(safeDivide(1, 0))
