print(String(format: "%f", 3.14159))
print(String(format: "%.2f", 3.14159))
print(String(format: "%.0f", 2.5))
print(String(format: "%.3f", -0.0005))
// MARK: cell
print(String(format: "%8.3f|", 3.14159))
print(String(format: "%.1f%%", 95.25))
