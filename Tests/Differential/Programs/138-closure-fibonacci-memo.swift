var memo: [Int: Int] = [:]
func fibm(_ n: Int) -> Int {
    if n < 2 { return n }
    if let known = memo[n] { return known }
    let v = fibm(n - 1) + fibm(n - 2)
    memo[n] = v
    return v
}
// MARK: cell
print(fibm(50))
print(memo.count)
