func makeCounter() -> () -> Int {
    var count = 0
    return {
        count += 1
        return count
    }
}
let next = makeCounter()
print(next())
print(next())
// MARK: cell
let other = makeCounter()
print(other())
print(next())
