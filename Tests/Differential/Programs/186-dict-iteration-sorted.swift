let stock = ["pear": 3, "apple": 5, "fig": 0]
for (fruit, n) in stock.sorted(by: { $0.key < $1.key }) {
    print(fruit, n)
}
// MARK: cell
for (fruit, n) in stock.sorted(by: { $0.value > $1.value }) {
    print(n, fruit)
}
