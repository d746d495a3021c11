let values = [1, 3, 3, 2, 5, 3, 1, 5]
var counts = Array(repeating: 0, count: 6)
for v in values { counts[v] += 1 }
// MARK: cell
for (value, n) in counts.enumerated() where n > 0 {
    print(value, String(repeating: "#", count: n))
}
