let pairs = [(1, "a"), (2, "b")]
print(pairs)
// MARK: cell
let labelled = [(name: "x", value: 1)]
print(labelled)
print(labelled[0].name)
