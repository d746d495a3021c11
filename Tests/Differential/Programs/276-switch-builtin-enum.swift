func describe(_ x: Double) -> String {
    switch x.sign {
    case .minus: return "minus"
    case .plus: return "plus"
    }
}
// MARK: cell
print(describe(-2), describe(3), describe(-0.0))
