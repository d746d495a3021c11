for x in stride(from: 0, to: 10, by: 3) {
    print(x)
}
// MARK: cell
for x in stride(from: 10, to: 0, by: -4) {
    print(x)
}
