let file = "report.csv"
print(file.hasPrefix("rep"), file.hasSuffix(".csv"), file.hasSuffix(".md"))
// MARK: cell
print(file.contains("port"), file.contains("x"))
