let values = [2.5, 2.49, -2.5, 1e3]
// MARK: cell
for v in values {
    print(Int(v), Int(v.rounded()), Int(v.rounded(.down)))
}
