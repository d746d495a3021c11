let table: [String: (Double) -> Double] = ["sq": { $0 * $0 }]
if let f = table["sq"] {
    print(f(3))
}
// MARK: cell
print(table["missing"] == nil)
