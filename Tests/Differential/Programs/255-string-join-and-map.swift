let parts = ["2026", "12", "01"]
print(parts.joined(separator: "-"))
// MARK: cell
let csvLine = [1.5, 2.0, 3.25].map { String($0) }.joined(separator: ",")
print(csvLine)
