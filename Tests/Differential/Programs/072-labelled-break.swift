outer: for i in 0..<5 {
    for j in 0..<5 {
        if i * j == 6 {
            print("found", i, j)
            break outer
        }
    }
}
// MARK: cell
rows: for r in 0..<3 {
    for c in 0..<3 {
        if c > r { continue rows }
        print(r, c)
    }
}
