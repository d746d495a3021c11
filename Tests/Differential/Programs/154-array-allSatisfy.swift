let xs = [2, 4, 6]
print(xs.allSatisfy { $0 % 2 == 0 })
// MARK: cell
print(xs.allSatisfy { $0 > 3 })
print([Int]().allSatisfy { $0 > 3 })
