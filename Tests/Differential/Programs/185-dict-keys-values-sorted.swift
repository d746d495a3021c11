let prices = ["tea": 2.5, "cake": 4.0, "bun": 1.25]
print(prices.keys.sorted())
print(prices.values.sorted())
// MARK: cell
print(prices.values.reduce(0, +))
