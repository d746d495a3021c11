let ops: [(Int, Int) -> Int] = [{ $0 + $1 }, { $0 - $1 }, { $0 * $1 }]
// MARK: cell
for op in ops {
    print(op(6, 3))
}
