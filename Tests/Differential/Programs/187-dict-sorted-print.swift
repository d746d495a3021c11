let d = ["b": 2, "a": 1, "c": 3]
print(d.sorted { $0.key < $1.key })
// MARK: cell
let top = d.sorted { $0.value > $1.value }.first!
print(top.key, top.value)
