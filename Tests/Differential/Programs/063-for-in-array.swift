let names = ["ann", "bob", "cy"]
for name in names {
    print(name.uppercased())
}
// MARK: cell
var lengths: [Int] = []
for name in names {
    lengths.append(name.count)
}
print(lengths)
