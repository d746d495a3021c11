let xs = ["zero", "one", "two"]
for (i, x) in xs.enumerated() {
    print(i, x)
}
// MARK: cell
print(xs.enumerated().map { $0.offset * 10 })
print(Array(xs.enumerated()).count)
