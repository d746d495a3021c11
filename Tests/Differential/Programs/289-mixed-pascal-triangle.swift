var row = [1]
// MARK: cell
for _ in 0..<6 {
    print(row)
    var next = [1]
    for i in 1..<row.count {
        next.append(row[i - 1] + row[i])
    }
    next.append(1)
    row = next
}
