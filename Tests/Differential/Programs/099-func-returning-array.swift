func range(upTo n: Int) -> [Int] {
    var out: [Int] = []
    for i in 0..<n { out.append(i) }
    return out
}
// MARK: cell
print(range(upTo: 4))
print(range(upTo: 0))
