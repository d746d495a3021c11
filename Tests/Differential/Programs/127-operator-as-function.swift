let xs = [1, 2, 3, 4, 5]
print(xs.reduce(0, +))
print(xs.reduce(1, *))
// MARK: cell
print([3, 1, 2].sorted(by: <))
print([3, 1, 2].sorted(by: >))
print(["b", "a"].sorted(by: <))
