func compose(_ f: @escaping (Int) -> Int, _ g: @escaping (Int) -> Int) -> (Int) -> Int {
    return { x in g(f(x)) }
}
// MARK: cell
let incThenDouble = compose({ $0 + 1 }, { $0 * 2 })
print(incThenDouble(5))
