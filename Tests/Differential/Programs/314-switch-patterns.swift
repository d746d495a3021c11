func classify(_ p: (Int, Int)) -> String {
    switch p {
    case (0, 0): return "origin"
    case (let x, 0), (0, let x): return "axis \(x)"
    case let (x, y) where x == y: return "diagonal \(x)"
    case (1...3, 1...3): return "near"
    case (_, let y) where y < 0: return "below \(y)"
    default: return "far"
    }
}
print(classify((0, 0)), classify((4, 0)), classify((0, -2)), classify((5, 5)))
print(classify((2, 3)), classify((9, -1)), classify((9, 8)))
// MARK: cell
func describe(_ v: Int?) -> String {
    switch v {
    case .none: return "nothing"
    case .some(let x) where x > 100: return "big \(x)"
    case .some(0): return "zero"
    case let x?: return "value \(x)"
    }
}
print(describe(nil), describe(500), describe(0), describe(7))
let pair: (String, Int?) = ("a", nil)
switch pair {
case (let name, nil): print(name, "has no number")
case (let name, let number?): print(name, number)
}
// MARK: cell
func ladder(_ n: Int) {
    switch n {
    case 3:
        print("three")
        fallthrough
    case 2:
        print("two")
        if n > 2 { fallthrough }
    case 1:
        print("one")
    default:
        print("none")
    }
}
ladder(3)
ladder(2)
ladder(0)
switch "hello".count {
case var length where length > 3:
    length *= 2
    print("long", length)
default:
    break
}
let nested = Int("5").map { Int("\($0)") }
switch nested {
case let x??: print("deep", x)
default: print("nil somewhere")
}
