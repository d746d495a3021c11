let byId: [Int: String] = [1: "one", 2: "two"]
print(byId[2] ?? "none")
let flags: [String: Bool] = ["on": true]
print(flags)
// MARK: cell
let empty = [String: Double]()
print(empty.count, empty)
