let grades: [String: [Int]] = ["ann": [90, 85], "bob": [70, 65, 80]]
// MARK: cell
for name in grades.keys.sorted() {
    let g = grades[name]!
    let avg = Double(g.reduce(0, +)) / Double(g.count)
    print(name, String(format: "%.1f", avg), avg >= 75 ? "pass" : "fail")
}
