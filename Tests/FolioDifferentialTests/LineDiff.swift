/// A readable line diff of expected (swiftc) and actual (Folio) printed lines: common lines with
/// two spaces, `-` lines only swiftc printed, `+` lines only Folio printed. A longest common
/// subsequence keeps one missing line from marking everything after it as different.
enum LineDiff {
    static func render(expected: [String], actual: [String], context: Int = 2) -> String {
        let n = expected.count, m = actual.count
        var lcs = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = expected[i] == actual[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var rows: [(mark: Character, text: String)] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, expected[i] == actual[j] {
                rows.append((" ", expected[i])); i += 1; j += 1
            } else if i < n, j == m || lcs[i + 1][j] >= lcs[i][j + 1] {
                rows.append(("-", expected[i])); i += 1
            } else {
                rows.append(("+", actual[j])); j += 1
            }
        }
        // Show changed rows with a few common lines around them.
        let changed = rows.indices.filter { rows[$0].mark != " " }
        var shown = Set<Int>()
        for index in changed {
            for k in max(0, index - context)...min(rows.count - 1, index + context) { shown.insert(k) }
        }
        var out: [String] = []
        var previous = -1
        for index in shown.sorted() {
            if previous >= 0, index > previous + 1 { out.append("  …") }
            out.append("\(rows[index].mark) \(rows[index].text)")
            previous = index
        }
        return out.joined(separator: "\n")
    }
}
