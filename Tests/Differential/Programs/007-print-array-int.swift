print([1, 2, 3])
let empty: [Int] = []
print(empty)
// MARK: cell
let one = [7]
print(one)
print([-1, 0, 1])
