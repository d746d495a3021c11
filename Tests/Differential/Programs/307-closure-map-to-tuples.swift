let names = ["ann", "bo"]
let withLengths = names.map { ($0, $0.count) }
print(withLengths)
// MARK: cell
for (name, length) in withLengths {
    print(name, length)
}
