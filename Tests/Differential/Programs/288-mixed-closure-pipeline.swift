let steps: [(String, (Double) -> Double)] = [
    ("double", { $0 * 2 }),
    ("plus one", { $0 + 1 }),
    ("sqrt", { $0.squareRoot() }),
]
// MARK: cell
var value = 12.0
for (name, step) in steps {
    value = step(value)
    print(name, value)
}
