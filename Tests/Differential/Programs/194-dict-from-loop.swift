let words = ["apple", "avocado", "banana", "blueberry", "cherry"]
var byLetter: [String: Int] = [:]
for w in words {
    let first = String(w.prefix(1))
    byLetter[first, default: 0] += 1
}
// MARK: cell
for (letter, n) in byLetter.sorted(by: { $0.key < $1.key }) {
    print(letter, n)
}
