for i in (1...3).reversed() {
    print(i)
}
// MARK: cell
print(Array((0..<4).reversed()))
print([1, 2, 3].reversed() == [3, 2, 1])
