let words = ["kiwi", "banana", "fig"]
print(words.min { $0.count < $1.count }!)
print(words.max { $0.count < $1.count }!)
// MARK: cell
let points = [(1, 5), (3, 2), (2, 8)]
if let best = points.max(by: { $0.1 < $1.1 }) {
    print(best)
}
