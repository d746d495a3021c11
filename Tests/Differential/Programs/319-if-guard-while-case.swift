let v: Int? = 3
if case let x? = v { print("got", x) }
if case .some(let y) = v, y > 5 { print("big", y) } else { print("not big") }
let n = 7
if case 1...9 = n { print("one digit") }
if case 10... = n { print("two or more digits") } else { print("less than ten") }
let pair = (1, "a")
if case (1, let s) = pair { print("starts with one:", s) }
// MARK: cell
func firstPresent(_ xs: [Int?]) -> Int {
    for x in xs {
        guard case let value? = x else { continue }
        return value
    }
    return -1
}
print(firstPresent([nil, nil, 4, 5]), firstPresent([]))
var k = 0
let items: [Int?] = [1, 2, nil, 4]
while case let item? = items[k] {
    print("item", item)
    k += 1
}
print("stopped at", k)
