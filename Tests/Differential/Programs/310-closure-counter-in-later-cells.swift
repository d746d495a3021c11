func makeCounter(step: Int = 1) -> () -> Int {
    var value = 0
    return {
        value += step
        return value
    }
}
let byOne = makeCounter()
let byTen = makeCounter(step: 10)
// MARK: cell
print(byOne(), byTen())
// MARK: cell
print(byOne(), byTen())
print(byOne(), byTen())
