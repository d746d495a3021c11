var kept: [Int] = []
for n in 1...10 {
    switch n {
    case 3, 6, 9:
        continue
    default:
        kept.append(n)
    }
}
// MARK: cell
print(kept)
