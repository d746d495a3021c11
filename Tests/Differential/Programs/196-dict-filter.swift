let scores = ["ann": 90, "bob": 60, "cy": 75]
let passed = scores.filter { $0.value >= 70 }
// MARK: cell
print(passed.keys.sorted())
print(passed.count)
