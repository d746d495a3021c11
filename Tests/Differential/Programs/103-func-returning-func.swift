func adder(_ n: Int) -> (Int) -> Int {
    func add(_ x: Int) -> Int { x + n }
    return add
}
let addFive = adder(5)
print(addFive(10))
// MARK: cell
print(adder(-1)(1))
