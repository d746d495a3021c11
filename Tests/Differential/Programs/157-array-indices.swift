let xs = ["a", "b", "c"]
for i in xs.indices {
    print(i, xs[i])
}
// MARK: cell
print(Array(xs.indices))
print(xs.indices.count)
