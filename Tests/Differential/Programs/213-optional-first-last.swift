let xs = [1, 2, 3]
if let f = xs.first, let l = xs.last {
    print(f, l)
}
// MARK: cell
let empty: [Int] = []
print(empty.first ?? 0)
