func bump(_ n: inout Int, by step: Int = 1) -> Int {
    if n > 100 { return -1 }
    n += step
    return n
}
var c = 5
print(bump(&c), bump(&c, by: 10), c)
var big = 200
print(bump(&big), big)
// MARK: cell
func exchange(_ a: inout String, _ b: inout String) {
    let t = a
    a = b
    b = t
}
var first = "left"
var second = "right"
exchange(&first, &second)
print(first, second)
var grid = [[1, 2], [3, 4]]
let _ = bump(&grid[1][0], by: 5)
print(grid)
// MARK: cell
func tally(_ counts: inout [String: Int], _ words: [String]) {
    for w in words { counts[w, default: 0] += 1 }
}
var counts: [String: Int] = [:]
tally(&counts, ["a", "b", "a"])
print(counts["a"] ?? 0, counts["b"] ?? 0, counts.count)
func sortedInPlace(_ xs: inout [Int]) {
    func pass(_ ys: inout [Int]) -> Bool {
        var changed = false
        for i in 0..<(ys.count - 1) where ys[i] > ys[i + 1] {
            ys.swapAt(i, i + 1)
            changed = true
        }
        return changed
    }
    while pass(&xs) {}
}
var values = [5, 3, 9, 1]
let copy = values
sortedInPlace(&values)
print(copy, values)
func countdown(into xs: inout [Int], from k: Int) {
    if k == 0 { return }
    xs.append(k)
    countdown(into: &xs, from: k - 1)
}
var down: [Int] = []
countdown(into: &down, from: 3)
func addAll(_ n: inout Int, _ xs: [Int]) {
    xs.forEach { n += $0 }
}
var sum = 0
addAll(&sum, [1, 2, 3])
print(down, sum)
