var closures: [() -> Int] = []
for i in 0..<3 {
    closures.append { i * 10 }
}
// MARK: cell
for c in closures {
    print(c())
}
