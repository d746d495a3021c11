let text = "the cat and the dog and the bird"
var freq: [String: Int] = [:]
for word in text.split(separator: " ") {
    freq[String(word), default: 0] += 1
}
// MARK: cell
let ranked = freq.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
for (word, n) in ranked.prefix(3) {
    print(word, n)
}
