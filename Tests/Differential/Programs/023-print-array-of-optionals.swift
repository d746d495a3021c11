let values: [Double?] = [1.5, nil]
print(values)
// MARK: cell
let strings: [String?] = ["a", nil, "c"]
print(strings)
print(strings.count)
