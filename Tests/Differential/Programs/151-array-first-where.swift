let xs = [3, 8, 12, 5]
print(xs.first { $0 > 5 })
print(xs.first(where: { $0 > 100 }))
// MARK: cell
if let big = xs.first(where: { $0 > 10 }) {
    print("first over 10:", big)
}
