let xs = ["a", "b"]
let labelled = xs.enumerated().map { "\($0.offset): \($0.element)" }
print(labelled)
// MARK: cell
let pairs = zip(xs.indices, xs).map { ($0, $1) }
print(pairs)
