let priority = ["low": 2, "high": 0, "mid": 1]
// MARK: cell
let tasks = ["mid", "low", "high", "mid"]
print(tasks.sorted { priority[$0]! < priority[$1]! })
