let values = [0.1, 0.5, 1.0 / 3.0, 100.0, 1e-10]
// MARK: cell
for v in values {
    print("\(v)")
}
