let numbers = [1, 2, 3, 4]
// MARK: cell
numbers.forEach { n in
    if n % 2 == 0 { return }
    print("odd", n)
}
