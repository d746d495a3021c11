let xs = [3, 1, 2]
switch xs.first {
case let x?: print("first", x)
case nil: print("empty")
}
// MARK: cell
switch xs.max() {
case .some(let m) where m > 2: print("big max", m)
case .some(let m): print("max", m)
case .none: print("no max")
}
