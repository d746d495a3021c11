func makeReport(_ title: String, _ items: [String]) -> String {
    var lines: [String] = []
    func add(_ line: String) {
        lines.append(title + ": " + line)
    }
    for item in items {
        add(item)
    }
    return lines.joined(separator: "; ")
}
// MARK: cell
print(makeReport("todo", ["a", "b"]))
