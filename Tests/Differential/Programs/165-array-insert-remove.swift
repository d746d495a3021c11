var xs = [1, 2, 3]
xs.insert(0, at: 0)
print(xs)
let removed = xs.remove(at: 1)
print(removed, xs)
// MARK: cell
let last = xs.removeLast()
let first = xs.removeFirst()
print(first, last, xs)
