let d = ["a": 1, "b": 2]
let doubled = d.mapValues { $0 * 2 }
print(doubled["a"]!, doubled["b"]!)
// MARK: cell
let names = d.map { "\($0.key)\($0.value)" }.sorted()
print(names)
