func bubbleSorted(_ input: [Int]) -> [Int] {
    var xs = input
    for i in 0..<xs.count {
        for j in 0..<(xs.count - 1 - i) where xs[j] > xs[j + 1] {
            xs.swapAt(j, j + 1)
        }
    }
    return xs
}
// MARK: cell
let data = [5, 1, 4, 2, 8]
print(bubbleSorted(data))
print(data)
