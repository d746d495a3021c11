let values: [Double] = [-0.0, 1e20, 1e-7, 0.1 + 0.2]
for v in values {
    print("v=\(v)")
}
// MARK: cell
print("\(Int.min)")
