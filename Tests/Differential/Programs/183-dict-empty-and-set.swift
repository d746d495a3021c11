var counts: [String: Int] = [:]
print(counts.isEmpty)
counts["a"] = 1
print(counts)
counts["a"] = 5
print(counts["a"]!)
// MARK: cell
counts["b"] = 2
print(counts.count)
counts["a"] = nil
print(counts)
