let names = ["a", "b", "c"]
let scores = [90, 85]
for (n, s) in zip(names, scores) {
    print(n, s)
}
// MARK: cell
print(Array(zip([1, 2], [3, 4])))
print(zip(names, scores).map { "\($0)=\($1)" })
