func mean(_ xs: [Double]) -> Double {
    var sum = 0.0
    for x in xs { sum += x }
    return sum / Double(xs.count)
}
// MARK: cell
let data = [2.0, 4.0, 9.0]
// MARK: cell
print(mean(data))
// MARK: cell
func variance(_ xs: [Double]) -> Double {
    let m = mean(xs)
    var s = 0.0
    for x in xs { s += (x - m) * (x - m) }
    return s / Double(xs.count)
}
print(variance(data))
