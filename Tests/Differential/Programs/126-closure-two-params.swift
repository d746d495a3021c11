let add: (Int, Int) -> Int = { a, b in a + b }
print(add(3, 4))
// MARK: cell
let maxOf: (Double, Double) -> Double = { $0 > $1 ? $0 : $1 }
print(maxOf(2.5, 1.5))
