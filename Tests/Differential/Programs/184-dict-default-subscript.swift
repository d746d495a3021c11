var counts: [String: Int] = [:]
for word in ["a", "b", "a", "c", "a"] {
    counts[word, default: 0] += 1
}
print(counts["a", default: 0], counts["b", default: 0], counts["z", default: 0])
// MARK: cell
for key in counts.keys.sorted() {
    print(key, counts[key]!)
}
