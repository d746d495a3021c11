func makeSequence(start: Int, step: Int) -> () -> Int {
    var current = start - step
    return {
        current += step
        return current
    }
}
// MARK: cell
let gen = makeSequence(start: 10, step: 5)
print(gen(), gen(), gen())
