var window: [Double] = []
var means: [Double] = []
for x in [1.0, 2.0, 6.0, 3.0, 8.0] {
    window.append(x)
    if window.count > 3 { window.removeFirst() }
    means.append(window.reduce(0, +) / Double(window.count))
}
// MARK: cell
print(means)
