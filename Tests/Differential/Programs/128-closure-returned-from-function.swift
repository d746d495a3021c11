func multiplier(_ m: Double) -> (Double) -> Double {
    return { $0 * m }
}
// MARK: cell
let triple = multiplier(3)
print(triple(1.5))
print(multiplier(0.5)(10))
