let xs = [5, 2, 9, 1]
print(xs.sorted(by: >))
print(xs.sorted { $0 % 3 < $1 % 3 })
// MARK: cell
let people = [("ann", 31), ("bob", 25), ("cy", 40)]
let byAge = people.sorted { $0.1 < $1.1 }
print(byAge.map { $0.0 })
