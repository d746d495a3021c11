func makeScaler(_ factor: Double) -> (Double) -> Double {
    return { $0 * factor }
}
// MARK: cell
let half = makeScaler(0.5)
let scaled = [2.0, 3.0].map(half)
// MARK: cell
print(scaled)
print(half(half(8)))
