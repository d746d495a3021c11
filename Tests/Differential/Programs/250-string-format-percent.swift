let accuracy = 0.98765
print(String(format: "accuracy %.2f%%", accuracy * 100))
// MARK: cell
print(String(format: "%.1f", accuracy))
print(String(format: "%d%%", 50))
