let d: [String: [Double]] = ["loss": [0.5, 0.25]]
// MARK: cell
print(d)
print(d["loss"]!.last!)
