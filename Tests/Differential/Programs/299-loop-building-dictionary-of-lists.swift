let words = ["apple", "bob", "cat", "avocado", "banana"]
var byLength: [Int: [String]] = [:]
for w in words {
    byLength[w.count, default: []].append(w)
}
// MARK: cell
for length in byLength.keys.sorted() {
    print(length, byLength[length]!.sorted())
}
