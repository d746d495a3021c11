var results: [String: Double] = [:]
results["lr=0.1"] = 0.91
results["lr=0.01"] = 0.95
let best = results.max { $0.value < $1.value }!
print(best.key, best.value)
// MARK: cell
print(results.keys.sorted())
