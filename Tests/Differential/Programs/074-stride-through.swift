for x in stride(from: 0, through: 10, by: 5) {
    print(x)
}
// MARK: cell
for x in stride(from: 1.0, through: 2.0, by: 0.25) {
    print(x)
}
