print(String(format: "%e", 12345.678))
// MARK: cell
print(String(format: "%.2e", 0.000123))
print(String(format: "%.3e", 1e20))
