func collatzLength(_ start: Int) -> Int {
    var n = start
    var length = 1
    while n != 1 {
        n = n % 2 == 0 ? n / 2 : 3 * n + 1
        length += 1
    }
    return length
}
// MARK: cell
let lengths = (1...10).map(collatzLength)
print(lengths)
print(lengths.max()!, lengths.firstIndex(of: lengths.max()!)! + 1)
